using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Takomil.Bench;

/// <summary>
/// Closed-loop load: C conversations, each sending its next message only when the previous turn is
/// complete (the POST answered and its reply arrived at the sink). Latency of a turn is the time from
/// the start of its POST to its reply's arrival at the sink.
/// </summary>
internal sealed class LoadGenerator(HttpClient http, ConnectorSink sink, BenchOptions options)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    private readonly string _runNonce = Guid.NewGuid().ToString("N")[..8];
    private long _activitySeq;

    /// <summary>
    /// Once per target, before its first level: JIT tiering, pools and first-time database work
    /// would otherwise land in whichever level happens to run first.
    /// </summary>
    public async Task WarmUpTargetAsync(string target, Uri messagesUrl, int concurrency, CancellationToken ct)
    {
        var conversations = Conversations(target, "warm", concurrency);
        await RunPhaseAsync(messagesUrl, conversations, options.Warmup, options.MaxTurnsPerPhase, ct).ConfigureAwait(false);
    }

    private TeamsActivity[] Conversations(string target, string level, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TeamsActivity(
                sink.ServiceUrl,
                string.Create(CultureInfo.InvariantCulture, $"a:bench-{_runNonce}-{target}-{level}-{i:D3}"),
                i))
            .ToArray();

    /// <param name="targetCpu">Reads the target process's CPU time so far; null when the target runs in-process.</param>
    public async Task<CellResult> RunAsync(
        string target, Uri messagesUrl, int concurrency, CancellationToken ct, Func<TimeSpan>? targetCpu = null)
    {
        var conversations = Conversations(target, string.Create(CultureInfo.InvariantCulture, $"c{concurrency}"), concurrency);

        await RunPhaseAsync(messagesUrl, conversations, options.Warmup, options.MaxTurnsPerPhase, ct).ConfigureAwait(false);
        var before = sink.Tracker.Snapshot();
        var cpuBefore = targetCpu?.Invoke();
        var phase = await RunPhaseAsync(messagesUrl, conversations, options.Measure, options.MaxTurnsPerPhase, ct).ConfigureAwait(false);
        var cpuUsed = targetCpu?.Invoke() - cpuBefore;
        // Give stragglers (second replies, late replies of timed-out turns) a moment to land before counting.
        await Task.Delay(200, ct).ConfigureAwait(false);
        var counters = sink.Tracker.Snapshot() - before;

        var latencies = phase.Latencies.ToArray();
        Array.Sort(latencies);
        return new CellResult(
            Target: target,
            Concurrency: concurrency,
            Turns: latencies.Length,
            Errors: phase.Errors,
            ElapsedSeconds: phase.Elapsed.TotalSeconds,
            P50Ms: LatencySummary.Percentile(latencies, 50),
            P99Ms: LatencySummary.Percentile(latencies, 99),
            CpuMsPerTurn: cpuUsed is { } cpu && latencies.Length > 0 ? cpu.TotalMilliseconds / latencies.Length : double.NaN,
            Counters: counters,
            ErrorSamples: phase.ErrorSamples.Take(5).ToArray());
    }

    private async Task<PhaseResult> RunPhaseAsync(
        Uri messagesUrl, TeamsActivity[] conversations, TimeSpan duration, int maxTurns, CancellationToken ct)
    {
        var result = new PhaseResult();
        var started = 0;
        var phaseStart = Stopwatch.GetTimestamp();
        long lastDone = phaseStart;

        async Task ConversationLoop(TeamsActivity conversation)
        {
            var mine = new List<double>(4096);
            while (Stopwatch.GetElapsedTime(phaseStart) < duration
                && Interlocked.Increment(ref started) <= maxTurns
                && !ct.IsCancellationRequested)
            {
                var latency = await OneTurnAsync(messagesUrl, conversation, result, ct).ConfigureAwait(false);
                if (latency is { } ms)
                {
                    mine.Add(ms);
                }
                InterlockedMax(ref lastDone, Stopwatch.GetTimestamp());
            }
            foreach (var ms in mine)
            {
                result.Latencies.Add(ms);
            }
        }

        await Task.WhenAll(conversations.Select(c => Task.Run(() => ConversationLoop(c), ct))).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        result.Elapsed = Stopwatch.GetElapsedTime(phaseStart, Interlocked.Read(ref lastDone));
        return result;
    }

    /// <summary>One turn; its latency in ms, or null when it failed (counted as an error).</summary>
    private async Task<double?> OneTurnAsync(Uri messagesUrl, TeamsActivity conversation, PhaseResult result, CancellationToken ct)
    {
        var activityId = string.Create(CultureInfo.InvariantCulture, $"{_runNonce}-{Interlocked.Increment(ref _activitySeq)}");
        var body = conversation.Build(activityId, options.Text);
        var reply = sink.Tracker.Expect(conversation.ConversationId, activityId);
        var t0 = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonType;
            using var response = await http.PostAsync(messagesUrl, content, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                result.Fail($"HTTP {(int)response.StatusCode} from target: {Truncate(text)}");
                return null;
            }
            var left = options.TurnTimeout - Stopwatch.GetElapsedTime(t0);
            var arrivedAt = await reply.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, ct).ConfigureAwait(false);
            return Stopwatch.GetElapsedTime(t0, arrivedAt).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            result.Fail($"MISSING REPLY: no reply reached the sink within {options.TurnTimeout.TotalSeconds:0} s "
                + $"(conversation {conversation.ConversationId}, activity {activityId})");
            return null;
        }
        catch (HttpRequestException e)
        {
            result.Fail($"POST failed: {e.Message}");
            return null;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            result.Fail($"POST timed out after {http.Timeout.TotalSeconds:0} s");
            return null;
        }
        finally
        {
            sink.Tracker.Forget(conversation.ConversationId, activityId);
        }
    }

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";

    private static void InterlockedMax(ref long location, long value)
    {
        var current = Interlocked.Read(ref location);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref location, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }

    private sealed class PhaseResult
    {
        private int _errors;
        public ConcurrentBag<double> Latencies { get; } = [];
        public ConcurrentQueue<string> ErrorSamples { get; } = new();
        public int Errors => Volatile.Read(ref _errors);
        public TimeSpan Elapsed { get; set; }

        public void Fail(string message)
        {
            Interlocked.Increment(ref _errors);
            if (ErrorSamples.Count < 5)
            {
                ErrorSamples.Enqueue(message);
            }
        }
    }
}

/// <summary>One target at one concurrency level: the measured phase only.</summary>
internal sealed record CellResult(
    string Target, int Concurrency, int Turns, int Errors, double ElapsedSeconds,
    double P50Ms, double P99Ms, double CpuMsPerTurn, ReplyCounters Counters, IReadOnlyList<string> ErrorSamples)
{
    public double TurnsPerSecond => ElapsedSeconds > 0 ? Turns / ElapsedSeconds : 0;
}
