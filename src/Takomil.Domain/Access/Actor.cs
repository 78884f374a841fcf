using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Access;

/// <summary>
/// Who is acting, with everything <see cref="AccessPolicy"/> needs to decide: the ministry-wide role and,
/// inside an inspection, the person's working-group roles and the inspection's stage.
/// Build it with <see cref="Global"/> or <see cref="Inspection.ActorFor"/>.
/// </summary>
public sealed record Actor(
    Guid OfficialId,
    SystemRole SystemRole,
    IReadOnlySet<WorkingGroupRole> Roles,
    Guid? InspectionId,
    InspectionStage? Stage)
{
    private static readonly IReadOnlySet<WorkingGroupRole> NoRoles = new HashSet<WorkingGroupRole>();

    /// <summary>An actor outside any inspection (List management, creating inspections, audit checks).</summary>
    public static Actor Global(Official official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return new Actor(official.Id, official.SystemRole, NoRoles, null, null);
    }

    public static Actor Global(Guid officialId, SystemRole systemRole) => new(officialId, systemRole, NoRoles, null, null);

    public bool Has(WorkingGroupRole role) => Roles.Contains(role);
}
