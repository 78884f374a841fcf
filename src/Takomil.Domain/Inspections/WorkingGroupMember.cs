using Takomil.Domain.Access;

namespace Takomil.Domain.Inspections;

/// <summary>A person in the working group of one inspection, with their roles there.</summary>
public sealed class WorkingGroupMember
{
    private WorkingGroupMember()
    {
        Roles = [];
    }

    internal WorkingGroupMember(Guid officialId, IReadOnlyList<WorkingGroupRole> roles, Guid addedBy, DateTimeOffset addedAt)
    {
        OfficialId = officialId;
        Roles = roles;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public Guid OfficialId { get; private set; }

    public IReadOnlyList<WorkingGroupRole> Roles { get; internal set; }

    public Guid AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
