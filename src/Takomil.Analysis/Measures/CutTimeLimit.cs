using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>c) The step's time limit is cut to <see cref="Limit"/> (never raised).</summary>
public sealed record CutTimeLimit(string StepKey, TimeLimit Limit) : Transformation
{
    public override string Code => "analysis.transform.cut_time_limit";

    internal override int Stage => 6;

    internal override string Signature =>
        $"cut:{StepKey}:{Limit.Value.ToString(CultureInfo.InvariantCulture)}:{Limit.Unit}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is not { } step) return false;
        var target = Graph.Durations.WorkingDays(Limit, draft.Options);
        var current = Graph.Durations.WorkingDays(step.TimeLimit, draft.Options);
        if (target is null || (current is { } c && c <= target)) return false;
        return draft.Update(StepKey, measure, p => p with { TimeLimit = Limit });
    }
}
