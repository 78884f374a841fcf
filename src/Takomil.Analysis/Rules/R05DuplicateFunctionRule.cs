using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 6 b: two or more agencies in fact doing the same job — steps with the same function (the same title, however
/// spelled) in different agencies. Answered by b) keeping the first and removing the rest, or, when the provider is
/// among them and does not do it first, g) giving the one remaining step to the provider.
/// </summary>
public sealed class R05DuplicateFunctionRule : IAnalysisRule
{
    public string Id => "R05-duplicate-function";

    public string RegulationPoint => "6b";

    public bool NeedsValidGraph => true;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var groups = (context.Graph.Topological ?? [])
            .Select(k => context.Graph.Find(k)!)
            .Where(p => !string.IsNullOrWhiteSpace(p.Title) && context.AgencyOf(p) is not null)
            .GroupBy(p => Names.Normalize(p.Title), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var agencies = group.Select(p => context.AgencyOf(p)!).DistinctBy(a => a.Key).ToList();
            if (agencies.Count < 2) continue;
            var steps = group.ToList();
            yield return Finding.Create(
                this, "same_function", steps.Select(p => p.Key), [], agencies.Select(a => a.Name),
                ("function", steps[0].Title), ("agencies", agencies.Count));
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(context);
        var steps = finding.Procedures.Select(context.Graph.Find).OfType<Procedure>().ToList();
        if (steps.Count < 2) yield break;
        var kept = steps[0];
        Transformation[] removals = [.. steps.Skip(1).Select(p => new RemoveStep(p.Key, kept.Key))];
        yield return MeasureProposal.Create(Id, Measure.RemoveRedundantProcedures, [finding.Id], removals);

        var provider = context.Provider;
        var providerDoesIt = steps.Any(p => context.AgencyOf(p) is { } a && context.IsProvider(a));
        if (provider is null || !providerDoesIt || context.AgencyOf(kept) is { } keptAgency && context.IsProvider(keptAgency)) yield break;
        yield return MeasureProposal.Create(
            Id, Measure.ReassignAgencies, [finding.Id], [.. removals, new MoveToAgency(kept.Key, provider.Name, provider.AgencyId)]);
    }
}
