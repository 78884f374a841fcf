using System.Net.Http.Headers;

namespace Takomil.Protocol.Connector;

/// <summary>
/// Which failed attempts are retried, and after how long (brief §2: only 412, 429, 502, 503, 504;
/// honour <c>Retry-After</c>, else exponential backoff with full jitter).
/// </summary>
internal sealed class ConnectorRetryPolicy
{
    private readonly ConnectorOptions _options;
    private readonly Func<double> _jitter;

    public ConnectorRetryPolicy(ConnectorOptions options, Func<double>? jitter = null)
    {
        _options = options;
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    public int MaxRetries => _options.MaxRetries;

    /// <summary>
    /// Statuses that mean "not processed, try again": 412 concurrent operation, 429 throttled, gateway errors.
    /// 500 is left out on purpose: Teams may have processed the request, so a retry could post twice.
    /// </summary>
    public static bool IsRetryableStatus(int status) => status is 412 or 429 or 502 or 503 or 504;

    /// <summary>
    /// A failure without an answer is retried only for idempotent calls (PUT replaces the whole activity,
    /// GET reads). A POST may have reached Teams, and Teams does not deduplicate sends.
    /// </summary>
    public static bool MayRetryWithoutAnswer(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put;

    /// <summary>The wait before retry number <paramref name="retry"/> (0 for the first retry).</summary>
    public TimeSpan GetDelay(int retry, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter is not null && FromRetryAfter(retryAfter, now) is { } serverDelay)
        {
            return serverDelay > _options.MaxRetryAfter ? _options.MaxRetryAfter : serverDelay;
        }

        var exponentialTicks = _options.BaseDelay.Ticks * Math.Pow(2, Math.Min(retry, 30));
        var ceilingTicks = Math.Min(exponentialTicks, _options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(ceilingTicks * _jitter()));
    }

    private static TimeSpan? FromRetryAfter(RetryConditionHeaderValue retryAfter, DateTimeOffset now)
    {
        if (retryAfter.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (retryAfter.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
