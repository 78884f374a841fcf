namespace Takomil.Bench.Tests;

public sealed class LoadGeneratorTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private ConnectorSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ConnectorSink.StartAsync(new ReplyTracker());

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    public void Dispose() => _http.Dispose();

    // Generous turn timeout where replies are expected (a busy CI box must not turn them into errors);
    // a short one only where no reply ever comes.
    private static BenchOptions Short(int maxTurns = 50, int turnTimeoutMs = 5000) => new()
    {
        Warmup = TimeSpan.FromMilliseconds(50),
        Measure = TimeSpan.FromMilliseconds(200),
        TurnTimeout = TimeSpan.FromMilliseconds(turnTimeoutMs),
        MaxTurnsPerPhase = maxTurns,
    };

    [Fact]
    public async Task RunAsync_TargetThatReplies_EveryTurnHasItsReplyAndNoErrors()
    {
        await using var target = await FakeTarget.StartAsync(FakeBehaviour.Echo);
        var generator = new LoadGenerator(_http, _sink, Short());

        var cell = await generator.RunAsync("raw", target.MessagesUrl, 2, CancellationToken.None);

        Assert.Equal(0, cell.Errors);
        Assert.True(cell.Turns > 0);
        Assert.Equal(cell.Turns, cell.Counters.Replies);
        Assert.Equal(0, cell.Counters.Unmatched);
        Assert.False(double.IsNaN(cell.P50Ms));
        Assert.True(cell.P99Ms >= cell.P50Ms);
    }

    [Fact]
    public async Task RunAsync_TargetThatNeverReplies_EveryTurnIsAMissingReplyError()
    {
        await using var target = await FakeTarget.StartAsync(FakeBehaviour.NeverReply);
        var generator = new LoadGenerator(_http, _sink, Short(turnTimeoutMs: 300));

        var cell = await generator.RunAsync("raw", target.MessagesUrl, 2, CancellationToken.None);

        Assert.Equal(0, cell.Turns);
        Assert.True(cell.Errors >= 2);
        Assert.All(cell.ErrorSamples, s => Assert.StartsWith("MISSING REPLY", s, StringComparison.Ordinal));
        Assert.True(double.IsNaN(cell.P50Ms));
    }

    [Fact]
    public async Task RunAsync_TargetAnswering500_CountsHttpErrors()
    {
        await using var target = await FakeTarget.StartAsync(FakeBehaviour.Fail500);
        var generator = new LoadGenerator(_http, _sink, Short());

        var cell = await generator.RunAsync("raw", target.MessagesUrl, 1, CancellationToken.None);

        Assert.Equal(0, cell.Turns);
        Assert.True(cell.Errors > 0);
        Assert.Contains(cell.ErrorSamples, s => s.StartsWith("HTTP 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_TurnCapReachedBeforeTheTimeIsUp_StopsAtTheCap()
    {
        await using var target = await FakeTarget.StartAsync(FakeBehaviour.Echo);
        var options = Short(maxTurns: 7) with { Warmup = TimeSpan.FromMinutes(5), Measure = TimeSpan.FromMinutes(5) };
        var generator = new LoadGenerator(_http, _sink, options);

        var cell = await generator.RunAsync("raw", target.MessagesUrl, 3, CancellationToken.None);

        Assert.Equal(7, cell.Turns);
        Assert.Equal(0, cell.Errors);
    }

    [Fact]
    public async Task RunAsync_WithTargetCpuReader_ChargesTheMeasuredPhaseCpuToItsTurns()
    {
        await using var target = await FakeTarget.StartAsync(FakeBehaviour.Echo);
        var generator = new LoadGenerator(_http, _sink, Short());
        var reads = 0;
        TimeSpan Cpu() => TimeSpan.FromMilliseconds(100 * reads++);

        var cell = await generator.RunAsync("raw", target.MessagesUrl, 1, CancellationToken.None, Cpu);

        Assert.Equal(2, reads);
        Assert.Equal(100.0 / cell.Turns, cell.CpuMsPerTurn, 6);
    }
}
