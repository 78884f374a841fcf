using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, first item (once-only): a document the applicant submits although the state already holds it — kept in an
/// information system, or issued by another agency taking part. Answered by f) with an interagency request.
/// </summary>
public sealed class R01OnceOnlyRule : IAnalysisRule
{
    public string Id => "R01-once-only";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => false;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Facts is null) yield break;
        var stateAgencies = context.Facts.Agencies.Select(a => a.Name)
            .Concat(context.Procedures.Select(context.AgencyOf).OfType<AgencyRef>().Select(a => a.Name))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToHashSet(Names.Comparer);
        foreach (var doc in context.Facts.InputDocuments.Where(d => !string.IsNullOrWhiteSpace(d.Name)).DistinctBy(d => Names.Normalize(d.Name)))
        {
            var issuedByAgency = !string.IsNullOrWhiteSpace(doc.Issuer) && stateAgencies.Contains(doc.Issuer)
                && !(context.Provider is { } provider && Names.Same(provider.Name, doc.Issuer));
            if (!doc.HeldByState && !issuedByAgency) continue;
            var system = string.IsNullOrWhiteSpace(doc.HoldingSystem) ? null : doc.HoldingSystem;
            var owner = system is null ? null : context.Facts.InformationSystems.FirstOrDefault(s => Names.Same(s.Name, system))?.Owner;
            var agencies = new[] { doc.Issuer, owner }.OfType<string>().Where(a => !string.IsNullOrWhiteSpace(a));
            yield return Finding.Create(
                this,
                doc.HeldByState ? "held_in_system" : "issued_by_agency",
                context.ConsumersOf(doc.Name).Select(p => p.Key),
                [doc.Name],
                agencies,
                ("document", doc.Name),
                ("system", system),
                ("issuer", doc.Issuer));
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var system = finding.Parameters.GetValueOrDefault("system");
        yield return MeasureProposal.Create(
            Id, Measure.CutApplicantDocuments, [finding.Id],
            new RequestFromAgency(finding.Documents[0], string.IsNullOrEmpty(system) ? null : system));
    }
}
