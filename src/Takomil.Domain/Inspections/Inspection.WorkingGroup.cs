using Takomil.Domain.Access;
using Takomil.Domain.Common;

namespace Takomil.Domain.Inspections;

/// <summary>The working group of the inspection (p. 23): members and their roles.</summary>
public sealed partial class Inspection
{
    public WorkingGroupMember? FindMember(Guid officialId) => _members.Find(m => m.OfficialId == officialId);

    public Outcome AddMember(Actor actor, Guid officialId, IReadOnlyCollection<WorkingGroupRole> roles, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var access = CheckMembership(actor, Permission.AddMember);
        if (!access.IsSuccess) return access;
        if (FindMember(officialId) is not null) return Outcome.Refused(ReasonCodes.WorkingGroupAlreadyMember, ("officialId", officialId));
        var check = CheckRoles(officialId, roles);
        if (!check.IsSuccess) return check;
        _members.Add(new WorkingGroupMember(officialId, [.. roles.Distinct().Order()], actor.OfficialId, Moments.Normalize(at)));
        return Outcome.Success;
    }

    public Outcome ChangeRoles(Actor actor, Guid officialId, IReadOnlyCollection<WorkingGroupRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var access = CheckMembership(actor, Permission.AddMember);
        if (!access.IsSuccess) return access;
        var member = FindMember(officialId);
        if (member is null) return Outcome.Refused(ReasonCodes.WorkingGroupNotMember, ("officialId", officialId));
        var check = CheckRoles(officialId, roles);
        if (!check.IsSuccess) return check;
        if (member.Roles.Contains(WorkingGroupRole.Lead) && !roles.Contains(WorkingGroupRole.Lead))
        {
            return Outcome.Refused(ReasonCodes.WorkingGroupLastLead, ("officialId", officialId));
        }
        member.Roles = [.. roles.Distinct().Order()];
        return Outcome.Success;
    }

    public Outcome RemoveMember(Actor actor, Guid officialId)
    {
        var access = CheckMembership(actor, Permission.RemoveMember);
        if (!access.IsSuccess) return access;
        var member = FindMember(officialId);
        if (member is null) return Outcome.Refused(ReasonCodes.WorkingGroupNotMember, ("officialId", officialId));
        if (member.Roles.Contains(WorkingGroupRole.Lead))
        {
            // The group always has its one lead (p. 23); hand the role over with ChangeRoles first.
            return Outcome.Refused(ReasonCodes.WorkingGroupLastLead, ("officialId", officialId));
        }
        _members.Remove(member);
        return Outcome.Success;
    }

    /// <summary>Hands the lead role to another member (who keeps their other roles).</summary>
    public Outcome HandOverLead(Actor actor, Guid newLeadId)
    {
        var access = CheckMembership(actor, Permission.AddMember);
        if (!access.IsSuccess) return access;
        var target = FindMember(newLeadId);
        if (target is null) return Outcome.Refused(ReasonCodes.WorkingGroupNotMember, ("officialId", newLeadId));
        foreach (var member in _members.Where(m => m.Roles.Contains(WorkingGroupRole.Lead)))
        {
            var rest = member.Roles.Where(r => r != WorkingGroupRole.Lead).ToList();
            member.Roles = rest.Count == 0 ? [WorkingGroupRole.Member] : rest;
        }
        target.Roles = [.. target.Roles.Append(WorkingGroupRole.Lead).Distinct().Order()];
        return Outcome.Success;
    }

    /// <summary>Decides <paramref name="permission"/> for the actor as this inspection sees them now.</summary>
    private Outcome CheckMembership(Actor actor, Permission permission)
    {
        var effective = Effective(actor);
        return effective is null
            ? Outcome.Refused(ReasonCodes.NotInWorkingGroup, ("inspectionId", Id))
            : AccessPolicy.Decide(effective, permission);
    }

    private Outcome CheckRoles(Guid officialId, IReadOnlyCollection<WorkingGroupRole> roles)
    {
        if (roles.Count == 0) return Outcome.Refused(ReasonCodes.WorkingGroupNoRoles, ("officialId", officialId));
        if (roles.Any(r => !Enum.IsDefined(r))) return Outcome.Refused(ReasonCodes.ValueInvalid, ("field", "roles"));
        var otherLead = _members.Any(m => m.OfficialId != officialId && m.Roles.Contains(WorkingGroupRole.Lead));
        return roles.Contains(WorkingGroupRole.Lead) && otherLead
            ? Outcome.Refused(ReasonCodes.WorkingGroupLeadExists, ("officialId", officialId))
            : Outcome.Success;
    }
}
