namespace Takomil.Domain.Agencies;

/// <summary>
/// A ministry-wide role, held independently of any inspection. Roles inside one inspection are
/// <see cref="Access.WorkingGroupRole"/>s.
/// </summary>
public enum SystemRole
{
    None = 0,

    /// <summary>Ministry staff who prepare the annual List and open inspections (p. 21–23).</summary>
    MinistryLead = 1,

    /// <summary>Records the Republican Commission's decisions on the List (p. 21).</summary>
    CommissionSecretary = 2,

    /// <summary>Runs the system: everything a ministry lead may do, plus cancelling and audit checks.</summary>
    Administrator = 3,
}
