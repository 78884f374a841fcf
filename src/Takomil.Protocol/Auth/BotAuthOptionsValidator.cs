using Microsoft.Extensions.Options;

namespace Takomil.Protocol.Auth;

/// <summary>
/// Start-up checks of <see cref="BotAuthOptions"/>: a bot that would fail on its first outbound call, or that
/// looks configured but silently runs unauthenticated, must not start at all.
/// </summary>
public sealed class BotAuthOptionsValidator : IValidateOptions<BotAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateIdentity(options, failures);
        ValidateEndpoints(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotAuthOptions options, List<string> failures)
    {
        var appType = options.MicrosoftAppType;
        var isSingleTenant = string.Equals(appType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
        if (string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("MicrosoftAppType 'UserAssignedMSI' is not supported yet; use 'SingleTenant' with a client secret.");
        }
        else if (!string.IsNullOrWhiteSpace(appType) && !isSingleTenant
                 && !string.Equals(appType, "MultiTenant", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{appType}' is unknown; use 'SingleTenant' or 'MultiTenant'.");
        }

        if (options.IsLocalMode)
        {
            // A secret without an id means someone meant to configure the bot but it would run with no token checks.
            if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty; set MicrosoftAppId, or remove the password to run in local mode.");
            }

            return;
        }

        if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppId is set but MicrosoftAppPassword is missing; provide the client secret through environment variables or user secrets.");
        }

        if (isSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppType is 'SingleTenant' but MicrosoftAppTenantId is empty; outbound tokens would be requested from the wrong tenant (AADSTS700016).");
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) && !IsTenantSegment(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId must be a tenant id (GUID) or domain name: letters, digits, '-' and '.' only.");
        }
    }

    private static void ValidateEndpoints(BotAuthOptions options, List<string> failures)
    {
        if (!SecureEndpoint.IsAcceptable(options.ToBotFromChannelOpenIdMetadataUrl))
        {
            failures.Add("ToBotFromChannelOpenIdMetadataUrl must be an absolute https URL (plain http is allowed only for loopback hosts).");
        }

        if (!SecureEndpoint.IsAcceptable(options.ToChannelFromBotLoginUrl))
        {
            failures.Add("ToChannelFromBotLoginUrl must be an absolute https URL (plain http is allowed only for loopback hosts).");
        }

        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add("ToBotFromChannelTokenIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            failures.Add("ToChannelFromBotOAuthScope must not be empty.");
        }
    }

    private static bool IsTenantSegment(string tenant) =>
        tenant.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');
}
