using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Takomil.Bench;

/// <summary>
/// One benchmark run: the sink comes up first, then each target in turn (alone, so an idle target
/// never competes for the two cores), through every concurrency level, and is stopped before the next.
/// </summary>
internal static class BenchRun
{
    public const int ExitOk = 0;
    public const int ExitTargetFailed = 1;
    public const int ExitTurnErrors = 2;

    public static async Task<int> RunAsync(BenchOptions o, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var tracker = new ReplyTracker();
        await using var sink = await ConnectorSink.StartAsync(tracker).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = 1024,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        {
            Timeout = o.TurnTimeout,
        };
        var generator = new LoadGenerator(http, sink, o);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sink {sink.ServiceUrl}  targets {string.Join(",", o.Targets)}  conversations {string.Join(",", o.Concurrency)}  warm-up {o.Warmup.TotalSeconds:0.#} s  measured {o.Measure.TotalSeconds:0.#} s  text \"{o.Text}\""));

        var cells = new List<CellResult>();
        var failures = new List<string>();
        foreach (var name in o.Targets)
        {
            RunningTarget target;
            try
            {
                target = await Targets.StartAsync(name, o, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or TimeoutException
                or System.ComponentModel.Win32Exception)
            {
                failures.Add($"{TargetNames.Display(name)} did not start: {e.Message}");
                await Console.Error.WriteLineAsync($"!! {failures[^1]}").ConfigureAwait(false);
                continue;
            }
            await using (target.ConfigureAwait(false))
            {
                await generator.WarmUpTargetAsync(name, target.Process.MessagesUrl, o.Concurrency.Max(), ct).ConfigureAwait(false);
                foreach (var c in o.Concurrency)
                {
                    var cell = await generator.RunAsync(name, target.Process.MessagesUrl, c, ct, target.Process.CpuTime).ConfigureAwait(false);
                    cells.Add(cell);
                    Console.WriteLine(ResultTable.Line(cell));
                    foreach (var sample in cell.ErrorSamples)
                    {
                        await Console.Error.WriteLineAsync($"   !! {sample}").ConfigureAwait(false);
                    }
                    if (target.Process.HasExited)
                    {
                        failures.Add($"{TargetNames.Display(name)} exited during the run:{Environment.NewLine}{target.Process.Tail}");
                        break;
                    }
                }
            }
        }

        var table = ResultTable.Markdown(cells, o.Concurrency);
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"Closed loop; each conversation sends \"{o.Text}\" again as soon as its previous turn's reply has reached the sink. Per cell: {o.Warmup.TotalSeconds:0.#} s warm-up, then {o.Measure.TotalSeconds:0.#} s measured. Ratios are Takomil ÷ peer: below 1× means fewer turns/s or lower latency than the peer.");
        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine();
        Console.WriteLine(settings);

        var errors = cells.Sum(x => x.Errors);
        var unmatched = cells.Sum(x => x.Counters.Unmatched);
        if (o.OutPath is { } path)
        {
            var md = new StringBuilder().Append(table).AppendLine().AppendLine(settings).ToString();
            await File.WriteAllTextAsync(path, md, ct).ConfigureAwait(false);
            Console.WriteLine($"table written to {path}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run took {clock.Elapsed.TotalSeconds:0} s"));

        foreach (var f in failures)
        {
            await Console.Error.WriteLineAsync($"FAILED: {f}").ConfigureAwait(false);
        }
        if (errors > 0 || unmatched > 0)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"FAILED: {errors} turn(s) failed or lost their reply, {unmatched} reply(ies) matched no turn")).ConfigureAwait(false);
        }
        return failures.Count > 0 ? ExitTargetFailed : errors > 0 || unmatched > 0 ? ExitTurnErrors : ExitOk;
    }
}
