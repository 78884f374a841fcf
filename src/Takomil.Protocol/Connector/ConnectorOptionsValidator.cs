using Microsoft.Extensions.Options;

namespace Takomil.Protocol.Connector;

/// <summary>Checks <see cref="ConnectorOptions"/> at start-up so a bad setting fails loudly, not at the first send.</summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.MaxRetries is < 0 or > 10)
            failures.Add("Connector:MaxRetries must be between 0 and 10.");
        if (options.BaseDelay <= TimeSpan.Zero)
            failures.Add("Connector:BaseDelay must be positive.");
        if (options.MaxDelay < options.BaseDelay)
            failures.Add("Connector:MaxDelay must not be shorter than Connector:BaseDelay.");
        if (options.MaxRetryAfter <= TimeSpan.Zero || options.MaxRetryAfter > TimeSpan.FromMinutes(10))
            failures.Add("Connector:MaxRetryAfter must be positive and at most 10 minutes.");
        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromMinutes(5))
            failures.Add("Connector:RequestTimeout must be positive and at most 5 minutes.");
        if (options.AppRequestsPerSecond < 0)
            failures.Add("Connector:AppRequestsPerSecond must not be negative (0 switches the limit off).");
        if (options.RateLimitMargin < TimeSpan.Zero || options.RateLimitMargin > TimeSpan.FromSeconds(1))
            failures.Add("Connector:RateLimitMargin must be between 0 and 1 second.");
        if (options.MaxTrackedConversations < 1)
            failures.Add("Connector:MaxTrackedConversations must be at least 1.");

        foreach (var url in options.TrustedServiceUrls)
        {
            if (!ServiceUrls.TryNormalize(url, out var uri))
                failures.Add($"Connector:TrustedServiceUrls entry '{url}' is not an absolute http(s) URL.");
            else if (!ServiceUrls.IsSecureOrLoopback(uri))
                failures.Add($"Connector:TrustedServiceUrls entry '{url}' must use https (plain http only on loopback).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
