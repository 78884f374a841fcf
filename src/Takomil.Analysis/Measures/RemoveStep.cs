using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// b, h) Removes a step; its successors wait for its predecessors instead. An <see cref="Heir"/> takes over its
/// outputs (and decision), and every step that used those outputs waits for the heir.
/// </summary>
public sealed record RemoveStep(string StepKey, string? Heir = null) : Transformation
{
    public override string Code => Heir is null ? "analysis.transform.remove_step" : "analysis.transform.merge_step";

    internal override int Stage => 2;

    internal override string Signature => $"remove:{StepKey}>{Heir}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is not { } removed) return false;
        foreach (var successor in draft.Items.Where(p => p.Predecessors.Contains(StepKey)).ToList())
        {
            draft.Update(successor.Key, measure, p => p with { Predecessors = ModelDraft.Replace(p.Predecessors, StepKey, removed.Predecessors) }, mark: false);
        }
        draft.Remove(StepKey);
        if (Heir is null || Heir == StepKey || draft.Find(Heir) is null) return true;

        draft.Update(Heir, measure, p => p with
        {
            OutputDocuments = [.. p.OutputDocuments, .. removed.OutputDocuments.Where(d => !p.OutputDocuments.Contains(d, Names.Comparer))],
            InputDocuments = [.. p.InputDocuments.Where(d => !removed.OutputDocuments.Contains(d, Names.Comparer))],
            Decision = p.Decision ?? removed.Decision,
        });
        var users = draft.Items.Where(p => p.Key != Heir && p.InputDocuments.Any(d => removed.OutputDocuments.Contains(d, Names.Comparer))).ToList();
        foreach (var user in users)
        {
            if (draft.IsAncestor(Heir, user.Key)) continue;
            draft.Update(user.Key, measure, p => p with { Predecessors = [.. p.Predecessors, Heir] }, mark: false);
        }
        return true;
    }
}
