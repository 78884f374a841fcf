using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 6 h (z in the seed): a chain of consecutive agreement/approval steps signed at more levels (distinct performer
/// roles) than the threshold. Answered by h) delegating: the first levels up to the threshold stay, the last of them
/// takes over the decision and the outputs of the steps above it.
/// </summary>
public sealed class R08SignOffLevelsRule : IAnalysisRule
{
    public string Id => "R08-sign-off-levels";

    public string RegulationPoint => "6h";

    public bool NeedsValidGraph => true;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var markers = context.Options.SignOffMarkers;
        bool IsSignOff(Procedure p) => Names.ContainsAny(p.Title, markers);
        var inChain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in context.Graph.Topological ?? [])
        {
            var start = context.Graph.Find(key)!;
            if (inChain.Contains(key) || !IsSignOff(start) || context.Graph.PredecessorsOf(start).Any(IsSignOff)) continue;
            var chain = new List<Procedure> { start };
            inChain.Add(key);
            while (true)
            {
                var next = context.Graph.Successors(chain[^1].Key).Select(k => context.Graph.Find(k)!).Where(IsSignOff).ToList();
                if (next.Count != 1 || !inChain.Add(next[0].Key)) break;
                chain.Add(next[0]);
            }
            var levels = Levels(chain);
            if (levels.Count <= context.Options.MaxSignOffLevels) continue;
            var agencies = chain.Select(context.AgencyOf).OfType<AgencyRef>().Select(a => a.Name);
            yield return Finding.Create(
                this, "too_many_levels", chain.Select(p => p.Key), [], agencies,
                ("levels", levels.Count), ("max", context.Options.MaxSignOffLevels), ("roles", string.Join(" → ", levels)));
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(context);
        var chain = finding.Procedures.Select(context.Graph.Find).OfType<Procedure>().ToList();
        var kept = new List<Procedure>();
        foreach (var step in chain)
        {
            if (Levels([.. kept, step]).Count > context.Options.MaxSignOffLevels) break;
            kept.Add(step);
        }
        if (kept.Count == 0 || kept.Count == chain.Count) yield break;
        var heir = kept[^1].Key;
        yield return MeasureProposal.Create(
            Id, Measure.DelegateDecisions, [finding.Id], [.. chain.Skip(kept.Count).Select(p => new RemoveStep(p.Key, heir))]);
    }

    /// <summary>Distinct signing roles in chain order; a step without a role counts as a level of its own.</summary>
    private static List<string> Levels(IEnumerable<Procedure> chain) =>
        [.. chain.Select(p => string.IsNullOrWhiteSpace(p.PerformerRole) ? "#" + p.Key : p.PerformerRole).Distinct(Names.Comparer)];
}
