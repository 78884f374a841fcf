using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Pages;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One journey's world: a fresh bot (own SQLite file, so no welcome or language choice carries over
/// from another journey), a playground pointed at it, and a new browser context showing it. Its
/// artifacts folder (<c>e2e-artifacts/&lt;journey&gt;/</c>) gets the screenshots, the bot's log,
/// the playground's output and the browser console. Disposing takes a last screenshot (the state a
/// failure left behind) and stops everything: browser context, playground process tree, bot.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    // Journeys renamed or removed since the last run must not leave stale pictures behind. A
    // folder given in TAKOMIL_E2E_ARTIFACTS may hold other files, so only the default is emptied.
    private static readonly Lazy<bool> DefaultArtifactsEmptied = new(() =>
    {
        if (Directory.Exists(EndToEndEnvironment.DefaultArtifactsRoot))
        {
            Directory.Delete(EndToEndEnvironment.DefaultArtifactsRoot, recursive: true);
        }

        return true;
    });

    private readonly string _workFolder;
    private readonly Lock _consoleGate = new();
    private BotHost? _bot;
    private PlaygroundServer? _playground;
    private IBrowserContext? _browserContext;
    private StreamWriter? _console;
    private PlaygroundPage? _playgroundPage;

    private PlaygroundSession(string journey)
    {
        Journey = journey;
        ArtifactsFolder = Path.Combine(EndToEndEnvironment.ArtifactsRoot, journey);
        _workFolder = Path.Combine(Path.GetTempPath(), "takomil-e2e", Guid.NewGuid().ToString("N"));
    }

    public string Journey { get; }

    public string ArtifactsFolder { get; }

    /// <summary>The playground, loaded, with the personal chat open.</summary>
    public PlaygroundPage Playground => _playgroundPage ?? throw new InvalidOperationException("The session has not started.");

    public static async Task<PlaygroundSession> StartAsync(ChromiumFixture chromium, [CallerMemberName] string journey = "")
    {
        ArgumentNullException.ThrowIfNull(chromium);
        EndToEndEnvironment.EnsureAvailable();
        var session = new PlaygroundSession(journey);
        try
        {
            await session.StartAsync(chromium).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_playgroundPage is not null)
        {
            try
            {
                await _playgroundPage.ScreenshotAsync("final").ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // The page is gone; the step screenshots remain.
            }
        }

        if (_browserContext is not null)
        {
            await _browserContext.CloseAsync().ConfigureAwait(false);
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync().ConfigureAwait(false);
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync().ConfigureAwait(false);
        }

        lock (_consoleGate)
        {
            _console?.Dispose();
            _console = null;
        }

        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task StartAsync(ChromiumFixture chromium)
    {
        _ = DefaultArtifactsEmptied.Value;
        if (Directory.Exists(ArtifactsFolder))
        {
            Directory.Delete(ArtifactsFolder, recursive: true);
        }

        Directory.CreateDirectory(ArtifactsFolder);
        Directory.CreateDirectory(_workFolder);

        _bot = BotHost.Start(_workFolder, Path.Combine(ArtifactsFolder, "bot.log"));
        _playground = await PlaygroundServer.StartAsync(_bot.MessagesEndpoint, _workFolder, Path.Combine(ArtifactsFolder, "playground.log"), CancellationToken.None).ConfigureAwait(false);

        _browserContext = await chromium.NewContextAsync().ConfigureAwait(false);
        var page = await _browserContext.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout((float)PlaygroundPage.DefaultTimeout.TotalMilliseconds);
        _console = new StreamWriter(Path.Combine(ArtifactsFolder, "browser-console.log")) { AutoFlush = true };
        page.Console += (_, message) => WriteConsole($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => WriteConsole($"page error: {error}");

        _playgroundPage = await PlaygroundPage.OpenAsync(page, _playground.BaseUri, PlaygroundMockContext.Current, ArtifactsFolder).ConfigureAwait(false);
    }

    private void WriteConsole(string line)
    {
        lock (_consoleGate)
        {
            _console?.WriteLine(line);
        }
    }
}
