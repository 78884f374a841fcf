namespace Takomil.Protocol.Connector;

/// <summary>Settings of the outbound Bot Connector client, bound from the <c>Connector</c> section.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt for 412/429/502/503/504 (and network failures of PUT/GET).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base of the exponential backoff (full jitter) when no <c>Retry-After</c> is given.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of a server-sent <c>Retry-After</c>; longer waits are cut to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time-out of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// serviceUrl prefixes that may receive the bot token even before an inbound activity showed them,
    /// e.g. <c>https://smba.trafficmanager.net/</c> (proactive messages after a restart).
    /// </summary>
    public IList<string> TrustedServiceUrls { get; } = [];

    /// <summary>App-wide connector requests per second (Teams: about 30 per app per tenant). 0 switches the limit off.</summary>
    public int AppRequestsPerSecond { get; set; } = 30;

    /// <summary>Whether the per-conversation Teams limits (7/1 s, 8/2 s, 60/30 s, 1800/h) are applied.</summary>
    public bool ConversationRateLimitsEnabled { get; set; } = true;

    /// <summary>
    /// Added to every rate-limit window. The limiter counts a request when it grants it, Teams when it arrives; a
    /// request that arrives late could otherwise land in the next window with one too many. Zero is exact pacing.
    /// </summary>
    public TimeSpan RateLimitMargin { get; set; } = TimeSpan.Zero;

    /// <summary>Conversations whose send history the rate limiter keeps at most (idle ones are evicted first).</summary>
    public int MaxTrackedConversations { get; set; } = 10_000;
}
