using Takomil.Domain.Access;
using Takomil.Domain.Common;

namespace Takomil.Domain.Services;

/// <summary>
/// The annual List of services to move to interactive form (p. 5, 20–22). The Ministry drafts it and
/// submits it by 1 December; the Republican Commission approves it; only then may inspections start.
/// </summary>
public sealed class ServiceList
{
    private readonly List<ServiceListEntry> _entries = [];

    private ServiceList()
    {
    }

    public ServiceList(Guid id, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2016);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        Id = id;
        Year = year;
        State = ServiceListState.Draft;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public ServiceListState State { get; private set; }

    public IReadOnlyList<ServiceListEntry> Entries => _entries;

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? SubmittedBy { get; private set; }

    /// <summary>The Commission's decision approving the List.</summary>
    public DecisionReference? Approval { get; private set; }

    public int Version { get; private set; }

    /// <summary>p. 21: the renewed List is submitted every year by 1 December.</summary>
    public DateOnly SubmissionDue => new(Year - 1, 12, 1);

    public bool WasSubmittedLate => SubmittedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) > SubmissionDue;

    public ServiceListEntry? Find(Guid serviceId) => _entries.Find(e => e.ServiceId == serviceId);

    public Outcome Add(Actor actor, Guid serviceId, DateOnly inspectionDeadline)
    {
        var check = CanEdit(actor);
        if (!check.IsSuccess) return check;
        if (Find(serviceId) is not null)
        {
            return Outcome.Refused(ReasonCodes.ListServiceAlreadyListed, ("serviceId", serviceId), ("year", Year));
        }
        var deadline = CheckDeadline(inspectionDeadline);
        if (!deadline.IsSuccess) return deadline;
        _entries.Add(new ServiceListEntry(serviceId, inspectionDeadline));
        return Outcome.Success;
    }

    public Outcome ChangeDeadline(Actor actor, Guid serviceId, DateOnly inspectionDeadline)
    {
        var check = CanEdit(actor);
        if (!check.IsSuccess) return check;
        var entry = Find(serviceId);
        if (entry is null) return Outcome.Refused(ReasonCodes.ListServiceNotListed, ("serviceId", serviceId), ("year", Year));
        var deadline = CheckDeadline(inspectionDeadline);
        if (!deadline.IsSuccess) return deadline;
        entry.InspectionDeadline = inspectionDeadline;
        return Outcome.Success;
    }

    public Outcome Remove(Actor actor, Guid serviceId)
    {
        var check = CanEdit(actor);
        if (!check.IsSuccess) return check;
        var entry = Find(serviceId);
        if (entry is null) return Outcome.Refused(ReasonCodes.ListServiceNotListed, ("serviceId", serviceId), ("year", Year));
        _entries.Remove(entry);
        return Outcome.Success;
    }

    /// <summary>Stage 1: the Ministry submits the List to the Republican Commission.</summary>
    public Outcome Submit(Actor actor, DateTimeOffset at)
    {
        var access = AccessPolicy.Decide(actor, Permission.SubmitServiceList);
        if (!access.IsSuccess) return access;
        if (State != ServiceListState.Draft) return Outcome.Refused(ReasonCodes.ListNotDraft, ("state", State));
        if (_entries.Count == 0) return Outcome.Refused(ReasonCodes.ListEmpty, ("year", Year));
        State = ServiceListState.Submitted;
        SubmittedAt = Moments.Normalize(at);
        SubmittedBy = actor.OfficialId;
        return Outcome.Success;
    }

    /// <summary>The Commission sends the List back for changes.</summary>
    public Outcome ReturnToDraft(Actor actor)
    {
        var access = AccessPolicy.Decide(actor, Permission.ApproveServiceList);
        if (!access.IsSuccess) return access;
        if (State != ServiceListState.Submitted) return Outcome.Refused(ReasonCodes.ListNotSubmitted, ("state", State));
        State = ServiceListState.Draft;
        return Outcome.Success;
    }

    /// <summary>Stage 1: the Republican Commission approves the List; its decision is the evidence.</summary>
    public Outcome Approve(Actor actor, DecisionReference? decision)
    {
        var access = AccessPolicy.Decide(actor, Permission.ApproveServiceList);
        if (!access.IsSuccess) return access;
        if (State != ServiceListState.Submitted) return Outcome.Refused(ReasonCodes.ListNotSubmitted, ("state", State));
        if (!DecisionReference.IsValid(decision)) return Outcome.Refused(ReasonCodes.ListDecisionRequired);
        State = ServiceListState.Approved;
        Approval = decision;
        return Outcome.Success;
    }

    private Outcome CanEdit(Actor actor)
    {
        var access = AccessPolicy.Decide(actor, Permission.EditServiceList);
        if (!access.IsSuccess) return access;
        return State == ServiceListState.Draft ? Outcome.Success : Outcome.Refused(ReasonCodes.ListNotDraft, ("state", State));
    }

    private Outcome CheckDeadline(DateOnly deadline) =>
        deadline.Year == Year
            ? Outcome.Success
            : Outcome.Refused(ReasonCodes.ListDeadlineOutsideYear, ("deadline", deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("year", Year));
}
