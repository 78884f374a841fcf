using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The Microsoft 365 Agents Playground (pinned in tests/js) as a child process, pointed at the bot.
/// It is started as <c>node …/cli.js</c> (what <c>npx --no-install agentsplayground</c> runs) with
/// its working directory in the journey's temp folder, because it writes <c>devTools/</c> logs into
/// its working directory and tests/js must stay clean. Disposing kills the whole process tree.
/// </summary>
public sealed partial class PlaygroundServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _logPath;

    private PlaygroundServer(Process process, string logPath)
    {
        _process = process;
        _logPath = logPath;
    }

    /// <summary>The UI and the mocked connector (one port): <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Starts a playground for the bot at <paramref name="botEndpoint"/> in the Teams world of <paramref name="mockContextPath"/>.</summary>
    public static async Task<PlaygroundServer> StartAsync(Uri botEndpoint, string mockContextPath, string workFolder, string logPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        Directory.CreateDirectory(workFolder);
        var start = new ProcessStartInfo(EndToEndEnvironment.NodePath)
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            EndToEndEnvironment.PlaygroundCliPath,
            "-e", botEndpoint.AbsoluteUri,
            "-c", "msteams",
            "-p", FreeLoopbackPort().ToString(CultureInfo.InvariantCulture),
            "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none"; // never open a browser of its own
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = mockContextPath;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new PlaygroundServer(process, logPath);
        try
        {
            await server.RunAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Everything it printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }

        await File.WriteAllTextAsync(_logPath, Output).ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(
            new InvalidOperationException($"The playground exited before listening:{Environment.NewLine}{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        int port;
        try
        {
            // If the asked port is taken it silently picks another: the line says which.
            port = await _listening.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The playground did not say 'Listening on' within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}");
        }

        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        await WaitForPingAsync(timeout.Token).ConfigureAwait(false);
    }

    private async Task WaitForPingAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ping = new Uri(BaseUri, "_debug/ping");
        while (true)
        {
            try
            {
                if (await http.GetStringAsync(ping, cancellationToken).ConfigureAwait(false) == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not up yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow ping; try again.
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
