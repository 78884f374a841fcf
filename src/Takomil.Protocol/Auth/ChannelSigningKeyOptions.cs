namespace Takomil.Protocol.Auth;

/// <summary>
/// How long the channel's signing keys are trusted from cache and how eagerly they are refetched.
/// Bound from the <c>ChannelSigningKeys</c> configuration section; the defaults follow the Bot Framework SDK.
/// </summary>
public sealed class ChannelSigningKeyOptions
{
    public const string SectionName = "ChannelSigningKeys";

    /// <summary>How long a fetched key set is used before it is fetched again (the SDK keeps keys about 5 days).</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromDays(5);

    /// <summary>
    /// Minimum time between refetches caused by a token whose <c>kid</c> is not in the cache. Any caller can send
    /// a made-up <c>kid</c>, so without this floor every forged request would become a request to the key server.
    /// </summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch, how long to wait before the next attempt (stale keys, if any, stay in use).</summary>
    public TimeSpan FailedFetchRetryInterval { get; set; } = TimeSpan.FromSeconds(30);
}
