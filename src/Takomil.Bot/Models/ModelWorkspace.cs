using Microsoft.Extensions.Options;
using Takomil.Analysis;
using Takomil.Analysis.Burden;
using Takomil.Analysis.Measures;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Models;

/// <summary>
/// One inspection's models as the model, analysis, comparison and report commands see them, loaded fresh: the
/// service, the fact sheet, both models, the stored measure decisions and a fresh analysis of the as-is model.
/// </summary>
public sealed record ModelWorkspace(
    Inspection Inspection,
    Service Service,
    Agency? Provider,
    FactSheet? Facts,
    ProcessModel? AsIs,
    ProcessModel? ToBe,
    IReadOnlyList<MeasureDecisionRow> Decisions,
    AnalysisReport Analysis)
{
    public MeasureDecisionRow? DecisionOf(string proposalId) => Decisions.FirstOrDefault(d => d.ProposalId == proposalId);

    /// <summary>The proposals of the current analysis the working group accepted, each with who accepted it and when.</summary>
    public IReadOnlyList<AcceptedProposal> Accepted =>
    [
        .. Analysis.Proposals
            .Select(p => (Proposal: p, Decision: DecisionOf(p.Id)))
            .Where(x => x.Decision is { Accepted: true })
            .Select(x => new AcceptedProposal(x.Proposal, Provenance.FromEdit(x.Decision!.DecidedBy, x.Decision.DecidedAt))),
    ];

    /// <summary>The procedures the to-be figures are computed from: the stored to-be model, else the as-is one (nothing accepted yet).</summary>
    public IReadOnlyList<Procedure> ToBeProcedures => ToBe?.Procedures ?? AsIs?.Procedures ?? [];
}

public sealed class ModelWorkspaces(
    CatalogRepository catalog, FactSheetRepository facts, ProcessModelRepository models, MeasureDecisionRepository decisions,
    IOptions<AnalysisOptions> options)
{
    public AnalysisOptions Options => options.Value;

    public async Task<ModelWorkspace> LoadAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var service = await catalog.FindServiceAsync(inspection.ServiceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Inspection {inspection.Id} names a missing service.");
        var provider = await catalog.FindAgencyAsync(service.ProviderAgencyId, cancellationToken).ConfigureAwait(false);
        var sheet = await facts.FindAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        var asIs = await models.FindAsync(inspection.Id, ProcessModelKind.AsIs, cancellationToken).ConfigureAwait(false);
        var toBe = await models.FindAsync(inspection.Id, ProcessModelKind.ToBe, cancellationToken).ConfigureAwait(false);
        var decided = await decisions.ListAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        // Document profiles (p. 7 requisites) are not recorded by the bot yet: the fact sheet's sample counts as the form.
        var report = new ServiceAnalyzer(options.Value).Analyze(new AnalysisInput(asIs?.Procedures ?? [], sheet));
        return new ModelWorkspace(inspection, service, provider, sheet, asIs, toBe, decided, report);
    }

    /// <summary>Every burden figure as-is against to-be; null while the as-is model is empty or unanalysable.</summary>
    public Comparison? CompareOf(ModelWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (workspace.Analysis.Burden is not { } before) return null;
        var after = BurdenCalculator.Compute(new AnalysisInput(workspace.ToBeProcedures, workspace.Facts), options.Value);
        return Comparison.Of(before, after);
    }
}
