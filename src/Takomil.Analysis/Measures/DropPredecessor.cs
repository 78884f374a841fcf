using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// a) Runs <see cref="StepKey"/> alongside <see cref="Predecessor"/>: it waits for the predecessor's own predecessors
/// instead, and its successors wait for the dropped predecessor, so no other order is lost.
/// </summary>
public sealed record DropPredecessor(string StepKey, string Predecessor) : Transformation
{
    public override string Code => "analysis.transform.run_in_parallel";

    internal override int Stage => 3;

    internal override string Signature => $"parallel:{StepKey}|{Predecessor}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is not { } step || !step.Predecessors.Contains(Predecessor)) return false;
        var dropped = draft.Find(Predecessor);
        var inherited = dropped?.Predecessors ?? [];
        var remaining = step.Predecessors.Where(k => k != Predecessor).ToList();
        var added = inherited.Where(a => !remaining.Contains(a) && !remaining.Any(r => draft.IsAncestor(a, r))).ToList();
        draft.Update(StepKey, measure, p => p with { Predecessors = [.. remaining, .. added] });
        foreach (var successor in draft.Items.Where(p => p.Predecessors.Contains(StepKey)).ToList())
        {
            if (dropped is null || draft.IsAncestor(Predecessor, successor.Key)) continue;
            draft.Update(successor.Key, measure, p => p with { Predecessors = [.. p.Predecessors, Predecessor] }, mark: false);
        }
        return true;
    }
}
