using Takomil.Domain.Common;

namespace Takomil.Domain.Agencies;

/// <summary>A person who talks to the bot: Ministry staff, agency officials, Commission members.</summary>
public sealed class Official
{
    private Official()
    {
        TeamsUserId = string.Empty;
        DisplayName = string.Empty;
        Position = string.Empty;
    }

    public Official(
        Guid id,
        string teamsUserId,
        Guid entraObjectId,
        string displayName,
        Guid agencyId,
        string position,
        UiLanguage preferredLanguage,
        SystemRole systemRole = SystemRole.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamsUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        TeamsUserId = teamsUserId;
        EntraObjectId = entraObjectId;
        DisplayName = displayName.Trim();
        AgencyId = agencyId;
        Position = position?.Trim() ?? string.Empty;
        PreferredLanguage = preferredLanguage;
        SystemRole = systemRole;
    }

    public Guid Id { get; private set; }

    /// <summary>The Teams user id (29:…) the channel sends in <c>from.id</c>.</summary>
    public string TeamsUserId { get; private set; }

    /// <summary>The Entra ID object id (<c>from.aadObjectId</c>): stable across Teams ids.</summary>
    public Guid EntraObjectId { get; private set; }

    public string DisplayName { get; private set; }

    public Guid AgencyId { get; private set; }

    public string Position { get; private set; }

    public UiLanguage PreferredLanguage { get; private set; }

    public SystemRole SystemRole { get; private set; }

    public int Version { get; private set; }

    public void ChangeLanguage(UiLanguage language) => PreferredLanguage = language;

    public void MoveTo(Guid agencyId, string position)
    {
        AgencyId = agencyId;
        Position = position?.Trim() ?? string.Empty;
    }

    public void Grant(SystemRole role) => SystemRole = role;
}
