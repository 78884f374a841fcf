using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, third item, and p. 6 c: the critical path (longest chain of time limits, in working days) against the legal
/// limit of the fact sheet. Over the limit: the path's steps longer than the target step length are proposed for a
/// cut to it. No legal limit at all: a finding of its own (c: set a limit), with nothing to transform.
/// </summary>
public sealed class R07CriticalPathRule : IAnalysisRule
{
    public string Id => "R07-critical-path";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => true;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Procedures.Count == 0 || context.Facts is null) yield break;
        var (total, path) = context.Graph.LongestPath(p => context.DurationDays(p) ?? 0m);
        var unknown = path.Count(k => context.DurationDays(context.Graph.Find(k)!) is null);
        if (context.LegalLimitDays is not { } legal)
        {
            yield return Finding.Create(this, "no_legal_limit", path, [], [], ("criticalPathDays", total), ("stepsWithoutTimeLimit", unknown));
            yield break;
        }
        if (total <= legal) yield break;
        yield return Finding.Create(
            this, "exceeds", path, [], [],
            ("criticalPathDays", total), ("legalLimitDays", legal), ("excessDays", total - legal), ("stepsWithoutTimeLimit", unknown));
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(context);
        if (!finding.Code.EndsWith(".exceeds", StringComparison.Ordinal)) yield break;
        var target = context.Options.TargetStepWorkingDays;
        foreach (var step in finding.Procedures.Select(context.Graph.Find).OfType<Procedure>())
        {
            if (context.DurationDays(step) is not { } days || days <= target) continue;
            yield return MeasureProposal.Create(
                Id, Measure.SetOrCutTimeLimits, [finding.Id], new CutTimeLimit(step.Key, new TimeLimit(target, TimeUnit.WorkingDays)));
        }
    }
}
