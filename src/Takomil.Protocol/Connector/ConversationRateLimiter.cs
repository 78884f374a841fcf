using Microsoft.Extensions.Options;

namespace Takomil.Protocol.Connector;

/// <summary>A Teams throttling rule: at most <see cref="Limit"/> requests in any <see cref="Window"/>.</summary>
public readonly record struct RateLimitRule(int Limit, TimeSpan Window);

/// <summary>
/// Keeps outbound traffic under Teams' limits (brief §6) by waiting for a free slot instead of failing:
/// per bot per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h for sends, updates and creates, and an
/// app-wide requests-per-second cap. Sliding windows over the exact grant times, driven by
/// <see cref="TimeProvider"/>; one short lock guards all state, waits happen outside it.
/// </summary>
public sealed class ConversationRateLimiter
{
    /// <summary>Teams' per-conversation limits for sends and creates (rate-limit.md).</summary>
    public static IReadOnlyList<RateLimitRule> TeamsConversationRules { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    private const int SweepEvery = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, GrantLog> _conversations = new(StringComparer.Ordinal);
    private readonly (int Limit, long Window)[] _conversationRules;
    private readonly long _longestWindow;
    private readonly int _conversationCapacity;
    private readonly GrantLog? _app;
    private readonly long _appWindow;
    private readonly int _maxConversations;
    private readonly TimeProvider _time;
    private readonly IConnectorDelay _delay;
    private readonly long _origin;
    private int _grantsSinceSweep;

    public ConversationRateLimiter(IOptions<ConnectorOptions> options, TimeProvider timeProvider, IConnectorDelay delay)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _time = timeProvider;
        _delay = delay;
        _origin = timeProvider.GetTimestamp();
        _maxConversations = Math.Max(1, o.MaxTrackedConversations);

        var rules = o.ConversationRateLimitsEnabled ? TeamsConversationRules : [];
        // A request is granted here but counted by Teams when it arrives; the margin keeps a late arrival inside the limit.
        var margin = Math.Max(0, o.RateLimitMargin.Ticks);
        _conversationRules = [.. rules.Select(r => (r.Limit, r.Window.Ticks + margin))];
        _appWindow = TimeSpan.TicksPerSecond + margin;
        _longestWindow = _conversationRules.Length == 0 ? 0 : _conversationRules.Max(r => r.Window);
        _conversationCapacity = _conversationRules.Length == 0 ? 0 : _conversationRules.Max(r => r.Limit);
        _app = o.AppRequestsPerSecond > 0 ? new GrantLog(o.AppRequestsPerSecond) : null;
    }

    /// <summary>Conversations currently tracked (for tests and diagnostics).</summary>
    public int TrackedConversations
    {
        get { lock (_gate) return _conversations.Count; }
    }

    /// <summary>
    /// Waits until one more request fits both the app-wide limit and, when
    /// <paramref name="conversationKey"/> is given, that conversation's limits; then takes the slot.
    /// </summary>
    public async Task WaitAsync(string? conversationKey, CancellationToken cancellationToken) =>
        await AcquireAsync(conversationKey, cancellationToken).ConfigureAwait(false);

    /// <summary>As <see cref="WaitAsync"/>; returns the grant time, measured from the limiter's creation.</summary>
    internal async Task<TimeSpan> AcquireAsync(string? conversationKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long wait;
            lock (_gate)
            {
                var now = Now();
                var log = conversationKey is null || _conversationRules.Length == 0 ? null : Find(conversationKey, now);
                wait = Math.Max(WaitForApp(now), WaitForConversation(log, now));
                if (wait == 0)
                {
                    Grant(conversationKey, log, now);
                    return TimeSpan.FromTicks(now);
                }
            }
            await _delay.DelayAsync(TimeSpan.FromTicks(wait), cancellationToken).ConfigureAwait(false);
        }
    }

    private long Now() => _time.GetElapsedTime(_origin).Ticks;

    private GrantLog? Find(string key, long now)
    {
        if (!_conversations.TryGetValue(key, out var log)) return null;
        log.PruneUpTo(now - _longestWindow);
        return log;
    }

    private long WaitForApp(long now)
    {
        if (_app is null) return 0;
        _app.PruneUpTo(now - _appWindow);
        return _app.WaitFor(_app.Capacity, _appWindow, now);
    }

    private long WaitForConversation(GrantLog? log, long now)
    {
        if (log is null) return 0;
        long wait = 0;
        foreach (var (limit, window) in _conversationRules) wait = Math.Max(wait, log.WaitFor(limit, window, now));
        return wait;
    }

    private void Grant(string? key, GrantLog? log, long now)
    {
        _app?.Add(now);
        if (key is null || _conversationRules.Length == 0) return;
        if (log is null)
        {
            MakeRoom(now);
            log = new GrantLog(_conversationCapacity);
            _conversations[key] = log;
        }
        log.Add(now);
        if (++_grantsSinceSweep >= SweepEvery) EvictIdle(now);
    }

    /// <summary>Keeps memory bounded: idle conversations first, then the least recently used.</summary>
    private void MakeRoom(long now)
    {
        if (_conversations.Count < _maxConversations) return;
        EvictIdle(now);
        while (_conversations.Count >= _maxConversations)
        {
            var oldest = _conversations.MinBy(p => p.Value.LastUsed).Key;
            _conversations.Remove(oldest);
        }
    }

    /// <summary>A conversation with no grant inside the longest window constrains nothing; drop it.</summary>
    private void EvictIdle(long now)
    {
        _grantsSinceSweep = 0;
        var cutoff = now - _longestWindow;
        foreach (var (key, log) in _conversations)
        {
            if (log.LastUsed <= cutoff) _conversations.Remove(key);
        }
    }
}
