using Takomil.Domain.Access;
using Takomil.Domain.Common;

namespace Takomil.Domain.Models;

/// <summary>
/// The current (as-is) or optimised (to-be) model of a service: a step-by-step scheme with a text description
/// of every procedure (p. 12–13, 16–17). Each accepted change raises <see cref="Revision"/>, so every revision
/// can be kept; an edit that would break the order of procedures is refused and changes nothing.
/// </summary>
public sealed class ProcessModel
{
    private ProcessModel()
    {
    }

    public ProcessModel(Guid id, Guid inspectionId, ProcessModelKind kind)
    {
        Id = id;
        InspectionId = inspectionId;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid InspectionId { get; private set; }

    public ProcessModelKind Kind { get; private set; }

    /// <summary>The model's own version number, raised by every accepted change (0 = never edited).</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    /// <summary>Who made the latest change, how and when.</summary>
    public Provenance? LastChange { get; private set; }

    /// <summary>Optimistic-concurrency token for the storage (not the same as <see cref="Revision"/>).</summary>
    public int Version { get; private set; }

    public Procedure? Find(string key) => Procedures.FirstOrDefault(p => p.Key == key);

    /// <summary>Adds a procedure, or replaces the one with the same key.</summary>
    public Outcome Put(Actor actor, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var access = CanWrite(actor, procedure.Provenance);
        if (!access.IsSuccess) return access;
        if (string.IsNullOrWhiteSpace(procedure.Key)) return Outcome.Refused(ReasonCodes.ValueRequired, ("field", "key"));
        if (string.IsNullOrWhiteSpace(procedure.Title)) return Outcome.Refused(ReasonCodes.ValueRequired, ("field", "title"), ("step", procedure.Key));
        var list = Procedures.ToList();
        var index = list.FindIndex(p => p.Key == procedure.Key);
        if (index >= 0) list[index] = procedure;
        else list.Add(procedure);
        var issues = ProcessGraph.StructuralIssues(list);
        if (issues.Count > 0) return Outcome.Refused(issues[0].WithDetails(issues));
        Apply(list, procedure.Provenance);
        return Outcome.Success;
    }

    /// <summary>Removes a procedure no other procedure waits for.</summary>
    public Outcome Remove(Actor actor, string key, Provenance change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var access = CanWrite(actor, change);
        if (!access.IsSuccess) return access;
        if (Find(key) is null) return Outcome.Refused(ReasonCodes.ModelStepNotFound, ("step", key));
        var dependents = Procedures.Where(p => p.Predecessors.Contains(key)).Select(p => p.Key).ToList();
        if (dependents.Count > 0)
        {
            return Outcome.Refused(ReasonCodes.ModelStepIsPredecessor, ("step", key), ("dependents", string.Join(", ", dependents)));
        }
        Apply([.. Procedures.Where(p => p.Key != key)], change);
        return Outcome.Success;
    }

    /// <summary>
    /// Everything that keeps the model from being final: structure (cycles, dangling predecessors) plus what
    /// p. 13 asks of every procedure (a time limit) and of a decision (grant and refusal criteria).
    /// </summary>
    public IReadOnlyList<Refusal> Validate()
    {
        if (Procedures.Count == 0) return [Refusal.Of(ReasonCodes.ModelEmpty, ("kind", Kind))];
        var issues = ProcessGraph.StructuralIssues(Procedures).ToList();
        foreach (var p in Procedures)
        {
            if (p.TimeLimit is not { IsValid: true }) issues.Add(Refusal.Of(ReasonCodes.ModelTimeLimitMissing, ("step", p.Key)));
            if (p.Decision is { HasCriteria: false }) issues.Add(Refusal.Of(ReasonCodes.ModelDecisionCriteriaMissing, ("step", p.Key)));
        }
        return issues;
    }

    private void Apply(IReadOnlyList<Procedure> procedures, Provenance change)
    {
        Procedures = procedures;
        LastChange = change;
        Revision++;
    }

    private Outcome CanWrite(Actor actor, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.InspectionId != InspectionId)
        {
            return Outcome.Refused(ReasonCodes.NotInWorkingGroup, ("inspectionId", InspectionId));
        }
        var edit = AccessPolicy.Decide(actor, Permission.EditModel);
        if (edit.IsSuccess) return edit;
        var isOwnAnswer = provenance is { Source: ProvenanceSource.Interview } && provenance.OfficialId == actor.OfficialId;
        return isOwnAnswer ? AccessPolicy.Decide(actor, Permission.AnswerInterview) : edit;
    }
}
