using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, third item: a step whose outputs no later step uses and the applicant does not receive — it does not affect
/// the result. Answered by b) removing it. Decision steps and final steps are left alone.
/// </summary>
public sealed class R04UnusedOutputRule : IAnalysisRule
{
    public string Id => "R04-unused-output";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => true;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = context.Graph.Topological ?? [];
        var results = context.Facts?.OutputDocuments.Select(d => d.Name).ToHashSet(Names.Comparer) ?? new HashSet<string>(Names.Comparer);
        // What the descendants of each step consume, built from the sinks up: one pass, shared sets where possible.
        var usedBelow = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var key in order.Reverse())
        {
            var set = new HashSet<string>(Names.Comparer);
            foreach (var s in context.Graph.Successors(key))
            {
                set.UnionWith(context.Graph.Find(s)!.InputDocuments);
                set.UnionWith(usedBelow[s]);
            }
            usedBelow[key] = set;
        }
        foreach (var key in order)
        {
            var p = context.Graph.Find(key)!;
            if (p.OutputDocuments.Count == 0 || p.Decision is not null || context.Graph.Successors(key).Count == 0) continue;
            if (p.OutputDocuments.Any(d => usedBelow[key].Contains(d) || results.Contains(d))) continue;
            yield return Finding.Create(this, "not_used", [key], p.OutputDocuments, context.AgencyOf(p) is { } a ? [a.Name] : []);
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        yield return MeasureProposal.Create(Id, Measure.RemoveRedundantProcedures, [finding.Id], new RemoveStep(finding.Procedures[0]));
    }
}
