using Takomil.Protocol.Tests.Support;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Tests.Connector.Fakes;

namespace Takomil.Protocol.Tests.Connector;

/// <summary>Teams' per-conversation windows and the app-wide cap, on a fake clock.</summary>
public sealed class ConversationRateLimiterTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly RecordingDelay _delay;

    public ConversationRateLimiterTests() => _delay = new RecordingDelay(_clock);

    [Fact]
    public async Task SendAsync_TwentySendsOnOneConversation_StayWithinTeamsWindows()
    {
        await using var h = await ConnectorHarness.StartAsync();

        for (var i = 0; i < 20; i++) await h.Client.SendAsync(h.Message("conv-1", $"m{i}"), CancellationToken.None);

        var times = h.Connector.Requests.Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(20, times.Count);
        AssertAtMost(7, TimeSpan.FromSeconds(1), times);
        AssertAtMost(8, TimeSpan.FromSeconds(2), times);
        Assert.NotEmpty(h.Delay.Requested);
    }

    [Fact]
    public async Task AcquireAsync_TwentyConcurrentWaiters_StayWithinTeamsWindows()
    {
        var limiter = Create();

        var grants = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => limiter.AcquireAsync("conv-1", CancellationToken.None))));

        var times = grants.Order().Select(t => DateTimeOffset.UnixEpoch + t).ToList();
        AssertAtMost(7, TimeSpan.FromSeconds(1), times);
        AssertAtMost(8, TimeSpan.FromSeconds(2), times);
    }

    [Fact]
    public async Task AcquireAsync_SeventyOnOneConversation_KeepsThirtySecondWindow()
    {
        var limiter = Create();

        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 70; i++) times.Add(DateTimeOffset.UnixEpoch + await limiter.AcquireAsync("conv-1", CancellationToken.None));

        AssertAtMost(60, TimeSpan.FromSeconds(30), times);
        // The first seven go at once: waiting starts only at the eighth.
        Assert.All(times.Take(7), t => Assert.Equal(times[0], t));
    }

    [Fact]
    public async Task AcquireAsync_OtherConversationSaturated_DoesNotWait()
    {
        var limiter = Create();
        for (var i = 0; i < 7; i++) await limiter.AcquireAsync("busy", CancellationToken.None);
        Assert.Empty(_delay.Requested);

        await limiter.AcquireAsync("quiet", CancellationToken.None);

        Assert.Empty(_delay.Requested);
    }

    [Fact]
    public async Task AcquireAsync_EighthInOneSecond_WaitsForTheFirstToLeaveTheWindow()
    {
        var limiter = Create();
        for (var i = 0; i < 7; i++) await limiter.AcquireAsync("conv-1", CancellationToken.None);

        var eighth = await limiter.AcquireAsync("conv-1", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(1), eighth);
        Assert.Equal([TimeSpan.FromSeconds(1)], _delay.Requested);
    }

    [Fact]
    public async Task AcquireAsync_AppWideLimit_AppliesAcrossConversations()
    {
        var limiter = Create(o => o.AppRequestsPerSecond = 3);

        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 9; i++) times.Add(DateTimeOffset.UnixEpoch + await limiter.AcquireAsync($"conv-{i}", CancellationToken.None));

        AssertAtMost(3, TimeSpan.FromSeconds(1), times);
        Assert.Equal(TimeSpan.FromSeconds(2), times[^1] - times[0]);
    }

    [Fact]
    public async Task AcquireAsync_ManyConversations_TrackedCountStaysBounded()
    {
        var limiter = Create(o => { o.MaxTrackedConversations = 50; o.AppRequestsPerSecond = 0; });

        for (var i = 0; i < 500; i++) await limiter.AcquireAsync($"conv-{i}", CancellationToken.None);

        Assert.InRange(limiter.TrackedConversations, 1, 50);
        Assert.Empty(_delay.Requested);
    }

    [Fact]
    public async Task AcquireAsync_AfterAnHourIdle_ConversationIsEvicted()
    {
        var limiter = Create(o => o.MaxTrackedConversations = 2);
        await limiter.AcquireAsync("old-1", CancellationToken.None);
        await limiter.AcquireAsync("old-2", CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        await limiter.AcquireAsync("new", CancellationToken.None);

        Assert.Equal(1, limiter.TrackedConversations);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsAndTakesNoSlot()
    {
        var limiter = Create();
        for (var i = 0; i < 7; i++) await limiter.AcquireAsync("conv-1", CancellationToken.None);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync("conv-1", cts.Token));

        Assert.Empty(_delay.Requested);
        Assert.Equal(TimeSpan.FromSeconds(1), await limiter.AcquireAsync("conv-1", CancellationToken.None));
    }

    [Fact]
    public async Task AcquireAsync_WithMargin_WidensEveryWindowByTheMargin()
    {
        var limiter = Create(o =>
        {
            o.AppRequestsPerSecond = 30;
            o.RateLimitMargin = TimeSpan.FromMilliseconds(100);
        });

        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 20; i++) times.Add(DateTimeOffset.UnixEpoch + await limiter.AcquireAsync("conv-1", CancellationToken.None));

        // Seven per 1.1 s and eight per 2.1 s: a request arriving up to 100 ms late still keeps Teams' windows.
        AssertAtMost(7, TimeSpan.FromMilliseconds(1100), times);
        AssertAtMost(8, TimeSpan.FromMilliseconds(2100), times);
        Assert.Equal(TimeSpan.FromMilliseconds(1100), times[7] - times[0]);
    }

    private ConversationRateLimiter Create(Action<ConnectorOptions>? configure = null)
    {
        var options = new ConnectorOptions();
        configure?.Invoke(options);
        return new ConversationRateLimiter(Options.Create(options), _clock, _delay);
    }

    /// <summary>No <paramref name="window"/>-long span [t, t + window) holds more than <paramref name="limit"/> of the times.</summary>
    private static void AssertAtMost(int limit, TimeSpan window, List<DateTimeOffset> sortedTimes)
    {
        for (var i = 0; i + limit < sortedTimes.Count; i++)
        {
            var span = sortedTimes[i + limit] - sortedTimes[i];
            Assert.True(span >= window, $"{limit + 1} requests within {span} (limit {limit} per {window}), from #{i}.");
        }
    }
}
