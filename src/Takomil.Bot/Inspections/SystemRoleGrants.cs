using Microsoft.Extensions.Options;
using Takomil.Domain.Agencies;

namespace Takomil.Bot.Inspections;

/// <summary>
/// The ministry-wide roles given by configuration (<see cref="InspectionOptions"/>). They are applied to each
/// turn's actor and never written to the official's row, so the configuration stays the one place to revoke them.
/// </summary>
public sealed class SystemRoleGrants(IOptionsMonitor<InspectionOptions> options)
{
    /// <summary>The configured role of a person, or null when none is configured (their stored role applies).</summary>
    public SystemRole? Configured(string teamsUserId, Guid entraObjectId)
    {
        var o = options.CurrentValue;
        // One person, one system role: the widest configured one wins.
        if (Lists(o.Administrators, teamsUserId, entraObjectId)) return SystemRole.Administrator;
        if (Lists(o.MinistryLeads, teamsUserId, entraObjectId)) return SystemRole.MinistryLead;
        if (Lists(o.CommissionSecretaries, teamsUserId, entraObjectId)) return SystemRole.CommissionSecretary;
        return null;
    }

    public SystemRole Effective(Official official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return Configured(official.TeamsUserId, official.EntraObjectId) ?? official.SystemRole;
    }

    private static bool Lists(IList<string> ids, string teamsUserId, Guid entraObjectId) =>
        ids.Any(id => Guid.TryParse(id, out var guid)
            ? entraObjectId != Guid.Empty && guid == entraObjectId
            : string.Equals(id, teamsUserId, StringComparison.Ordinal));
}
