namespace Takomil.Protocol.Auth;

/// <summary>
/// Bot identity and authentication settings, under the key names Bot Framework users know.
/// Bound from the configuration root (not a section) so <c>MicrosoftAppId</c> etc. work as in
/// the Bot Framework SDK's appsettings and environment variables.
/// </summary>
public sealed class BotAuthOptions
{
    /// <summary>The bot's Entra app id. Empty means local mode: no token checks, loopback only.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret used for outbound tokens. From environment or user secrets only.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Tenant for outbound tokens (single-tenant bots); <c>botframework.com</c> when empty.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c> (the latter is not supported yet).</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>OpenID metadata for tokens from the channel.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } =
        "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Expected <c>iss</c> of tokens from the channel.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Login URL prefix for outbound tokens; the tenant is appended.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Scope of outbound tokens.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant segment of the outbound token URL.</summary>
    public string OutboundTenant =>
        string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? MicrosoftAppTenantId!
            : "botframework.com";
}
