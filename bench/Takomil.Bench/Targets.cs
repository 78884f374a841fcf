namespace Takomil.Bench;

/// <summary>A target server running for the bench, plus whatever it leaves behind (Takomil's temp DB).</summary>
internal sealed class RunningTarget(string name, ChildProcess process, string? tempDir) : IAsyncDisposable
{
    public string Name { get; } = name;
    public ChildProcess Process { get; } = process;

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync().ConfigureAwait(false);
        if (tempDir is not null && Directory.Exists(tempDir))
        {
            Directory.Delete(tempDir, recursive: true);
        }
    }
}

/// <summary>How each of the three targets is started: its own process, a loopback port, production settings.</summary>
internal static class Targets
{
    public static async Task<RunningTarget> StartAsync(string name, BenchOptions o, CancellationToken ct)
    {
        var port = ChildProcess.FreeLoopbackPort();
        switch (name)
        {
            case TargetNames.Takomil:
            {
                var dll = o.TakomilDll is { } d && File.Exists(d)
                    ? d
                    : throw new ArgumentException($"target takomil needs --takomil-dll pointing at a built Takomil.Bot.dll (got '{o.TakomilDll}')");
                // A fresh database per run, so de-duplication and conversation-reference tables start empty.
                var tempDir = Directory.CreateTempSubdirectory("takomil-bench-").FullName;
                var env = new Dictionary<string, string>
                {
                    ["MicrosoftAppId"] = "",
                    ["Database__ConnectionString"] = $"Data Source={Path.Combine(tempDir, "takomil.db")}",
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Logging__LogLevel__Default"] = "Warning",
                    // Takomil paces its replies to Teams' documented limits (7 per second per
                    // conversation, 30 requests per second app-wide) and waits for a slot; left on,
                    // the bench would measure those limits, not the turn. The peers have no limiter.
                    ["Connector__ConversationRateLimitsEnabled"] = "false",
                    ["Connector__AppRequestsPerSecond"] = "0",
                };
                try
                {
                    var child = await ChildProcess.StartAsync(name, DotnetHost(),
                        [dll, "--urls", $"http://127.0.0.1:{port}"], env, port, Path.GetDirectoryName(dll), ct).ConfigureAwait(false);
                    return new RunningTarget(name, child, tempDir);
                }
                catch
                {
                    Directory.Delete(tempDir, recursive: true);
                    throw;
                }
            }
            case TargetNames.Js:
            {
                var script = o.JsBot is { } s && File.Exists(s)
                    ? s
                    : throw new ArgumentException($"target js needs --js-bot pointing at bench/js/echo-bot.js (got '{o.JsBot}')");
                var env = new Dictionary<string, string> { ["NODE_ENV"] = "production" };
                var child = await ChildProcess.StartAsync(name, o.Node,
                    [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture)], env, port, Path.GetDirectoryName(script), ct).ConfigureAwait(false);
                return new RunningTarget(name, child, null);
            }
            case TargetNames.Raw:
            {
                var self = typeof(Targets).Assembly.Location;
                var env = new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Logging__LogLevel__Default"] = "Warning",
                };
                var child = await ChildProcess.StartAsync(name, DotnetHost(),
                    [self, "--serve-raw", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], env, port, Path.GetDirectoryName(self), ct).ConfigureAwait(false);
                return new RunningTarget(name, child, null);
            }
            default:
                throw new ArgumentException($"unknown target '{name}'");
        }
    }

    /// <summary>The dotnet host running this bench, so children use the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
}
