using Takomil.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}{Environment.NewLine}{BenchOptions.Usage}");
    return 64;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

if (options.Diagrams)
{
    return await DiagramBench.RunAsync(options);
}

if (options.ServeRawPort is { } port)
{
    return await RawEchoServer.RunAsync(port);
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};
// SIGTERM or an unhandled crash must not leave target servers behind.
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcess.KillAll();
AppDomain.CurrentDomain.UnhandledException += (_, _) => ChildProcess.KillAll();

try
{
    return await BenchRun.RunAsync(options, cts.Token);
}
catch (OperationCanceledException) when (cts.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("interrupted");
    return 130;
}
finally
{
    ChildProcess.KillAll();
}
