using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Services;

namespace Takomil.Domain.Inspections;

/// <summary>
/// The improvement of one service from one year's List, through the five stages of the annex. Every change goes
/// through a method that asks <see cref="AccessPolicy"/> and returns an <see cref="Outcome"/>; business refusals
/// never throw.
/// </summary>
public sealed partial class Inspection
{
    private readonly List<WorkingGroupMember> _members = [];

    private Inspection()
    {
    }

    private Inspection(Guid id, Guid serviceId, Guid serviceListId, int year, DateOnly deadline, Guid createdBy, DateTimeOffset createdAt)
    {
        Id = id;
        ServiceId = serviceId;
        ServiceListId = serviceListId;
        Year = year;
        Deadline = deadline;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Stage = InspectionStage.Listed;
    }

    public Guid Id { get; private set; }

    public Guid ServiceId { get; private set; }

    public Guid ServiceListId { get; private set; }

    public int Year { get; private set; }

    /// <summary>From the List entry (p. 21–22).</summary>
    public DateOnly Deadline { get; private set; }

    public InspectionStage Stage { get; private set; }

    public InspectionStage? StageBeforeSuspension { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<WorkingGroupMember> Members => _members;

    public IReadOnlyList<PlanItem> PlanItems { get; private set; } = [];

    public IReadOnlyList<StageChange> History { get; private set; } = [];

    public int Version { get; private set; }

    /// <summary>
    /// Opens the inspection of a service on an approved List, with its lead (p. 22–23). The creator needs the
    /// ministry-wide <see cref="Permission.CreateInspection"/>.
    /// </summary>
    public static Outcome<Inspection> Create(
        Actor actor, Guid id, ServiceList list, Guid serviceId, Guid leadOfficialId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(list);
        var access = AccessPolicy.Decide(actor, Permission.CreateInspection);
        if (!access.IsSuccess) return access.Refusal!;
        if (list.State != ServiceListState.Approved)
        {
            return Refusal.Of(ReasonCodes.InspectionListNotApproved, ("year", list.Year), ("state", list.State));
        }
        var entry = list.Find(serviceId);
        if (entry is null) return Refusal.Of(ReasonCodes.ListServiceNotListed, ("serviceId", serviceId), ("year", list.Year));
        var now = Moments.Normalize(at);
        var inspection = new Inspection(id, serviceId, list.Id, list.Year, entry.InspectionDeadline, actor.OfficialId, now);
        inspection._members.Add(new WorkingGroupMember(leadOfficialId, [WorkingGroupRole.Lead], actor.OfficialId, now));
        return Outcome.Ok(inspection);
    }

    /// <summary>The actor for <paramref name="official"/> inside this inspection: their roles here and the current stage.</summary>
    public Actor ActorFor(Official official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return ActorFor(official.Id, official.SystemRole);
    }

    public Actor ActorFor(Guid officialId, SystemRole systemRole)
    {
        var roles = _members.Find(m => m.OfficialId == officialId)?.Roles ?? [];
        return new Actor(officialId, systemRole, roles.ToHashSet(), Id, Stage);
    }

    /// <summary>The triggers whose stage and permission allow <paramref name="actor"/> to try them now (for card buttons).</summary>
    public IReadOnlyList<InspectionTrigger> AvailableTriggers(Actor actor)
    {
        var effective = Effective(actor);
        return effective is null
            ? []
            : [.. StageTransitions.Rules
                .Where(r => r.From.Contains(Stage) && AccessPolicy.Allows(effective, r.Permission))
                .Select(r => r.Trigger)];
    }

    /// <summary>Moves the inspection along the state machine, or says why not.</summary>
    public Outcome Fire(Actor actor, InspectionTrigger trigger, TransitionEvidence evidence, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var effective = Effective(actor);
        if (effective is null) return Outcome.Refused(ReasonCodes.NotInWorkingGroup, ("inspectionId", Id));
        actor = effective;
        var rule = StageTransitions.For(trigger);
        if (!rule.From.Contains(Stage))
        {
            return Outcome.Refused(ReasonCodes.InspectionTransitionNotAllowed, ("trigger", trigger), ("stage", Stage));
        }
        var access = AccessPolicy.Decide(actor, rule.Permission);
        if (!access.IsSuccess) return access;
        var present = StageTransitions.CheckEvidence(rule, evidence);
        if (!present.IsSuccess) return present;
        var guard = rule.Guard(this, evidence);
        if (!guard.IsSuccess) return guard;

        var from = Stage;
        var to = rule.To ?? StageBeforeSuspension ?? throw new InvalidOperationException("Suspended without a stage to resume to.");
        StageBeforeSuspension = to == InspectionStage.Suspended ? from : null;
        Stage = to;
        History = [.. History, new StageChange(from, to, trigger, actor.OfficialId, Moments.Normalize(at), evidence.Decision, evidence.Reason)];
        return Outcome.Success;
    }

    /// <summary>
    /// The actor as this inspection sees them now: their current roles here and the current stage, so an actor
    /// built before a transition or a role change cannot act on stale rights. Null for another inspection's actor.
    /// </summary>
    private Actor? Effective(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.InspectionId is null || actor.InspectionId == Id ? ActorFor(actor.OfficialId, actor.SystemRole) : null;
    }
}
