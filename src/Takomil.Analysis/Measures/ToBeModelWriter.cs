using Takomil.Analysis.Graph;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// Puts to-be procedures into an ordinary <see cref="ProcessModel"/> through its own <c>Put</c>/<c>Remove</c>, so the
/// access rules, the DAG checks and the revision count apply as for any edit, and the model stays editable.
/// </summary>
public static class ToBeModelWriter
{
    /// <summary>A new to-be model of the actor's inspection holding <paramref name="procedures"/>.</summary>
    public static Outcome<ProcessModel> Create(Guid modelId, Actor actor, IReadOnlyList<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.InspectionId is not { } inspectionId) return Outcome.Refused<ProcessModel>(Refusal.Of(ReasonCodes.NotInWorkingGroup));
        var model = new ProcessModel(modelId, inspectionId, ProcessModelKind.ToBe);
        var outcome = Sync(model, actor, procedures, null);
        return outcome.IsSuccess ? Outcome.Ok(model) : Outcome.Refused<ProcessModel>(outcome.Refusal!);
    }

    /// <summary>
    /// Makes <paramref name="target"/> hold exactly <paramref name="procedures"/>: changed and new steps are put in an
    /// order where predecessors come first (so no intermediate state has a cycle), then steps no longer there are
    /// removed, dependents first. Unchanged steps are not touched. <paramref name="removal"/> is the provenance of
    /// removals (null: the provenance of the first procedure).
    /// </summary>
    public static Outcome Sync(ProcessModel target, Actor actor, IReadOnlyList<Procedure> procedures, Provenance? removal)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actor);
        var wanted = ProcedureSanitizer.Sanitize(procedures);
        var issues = ProcessGraph.StructuralIssues(wanted);
        if (issues.Count > 0) return Outcome.Refused(issues[0].WithDetails(issues));
        var graph = new ModelGraph(wanted);
        foreach (var key in graph.Topological!)
        {
            var procedure = graph.Find(key)!;
            if (target.Find(key) is { } existing && ProcedureEquality.Same(existing, procedure, withProvenance: true)) continue;
            var put = target.Put(actor, procedure);
            if (!put.IsSuccess) return put;
        }
        var keep = wanted.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var old = new ModelGraph(target.Procedures).Topological ?? [.. target.Procedures.Select(p => p.Key)];
        foreach (var key in old.Reverse().Where(k => !keep.Contains(k)).ToList())
        {
            var change = removal ?? (wanted.Count > 0 ? wanted[0].Provenance : null) ?? target.LastChange;
            if (change is null) return Outcome.Refused(ReasonCodes.ValueRequired, ("field", "provenance"));
            var removed = target.Remove(actor, key, change);
            if (!removed.IsSuccess) return removed;
        }
        return Outcome.Success;
    }
}
