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
    private readonly ScreenshotSteps _steps = new();
    private readonly List<PlaygroundServer> _playgrounds = [];
    private readonly List<IBrowserContext> _browserContexts = [];
    private readonly List<StreamWriter> _consoles = [];
    private readonly List<PlaygroundPage> _pages = [];
    private ChromiumFixture? _chromium;
    private BotHost? _bot;
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

    /// <summary>
    /// Another person in the same Teams world, against the same bot: a second playground started
    /// with <paramref name="mockContextFile"/> (in <c>tests/playground/</c>; same tenant, bot and
    /// chat ids, another current user) in a browser context of its own. The playground has one
    /// current user per instance, so this is how a journey lets two people talk in one group chat.
    /// Each playground keeps its own client-side history: this page shows only what this person
    /// sent and the bot's answers to them. Its screenshots are named <c>NN-{screenshotPrefix}…</c>.
    /// </summary>
    public async Task<PlaygroundPage> OpenPlaygroundAsAsync(string mockContextFile, string screenshotPrefix)
    {
        ArgumentNullException.ThrowIfNull(mockContextFile);
        var bot = _bot ?? throw new InvalidOperationException("The session has not started.");
        var chromium = _chromium ?? throw new InvalidOperationException("The session has not started.");
        var path = EndToEndEnvironment.MockContextPath(mockContextFile);
        var name = Path.GetFileNameWithoutExtension(mockContextFile);
        return await OpenPlaygroundAsync(chromium, bot, path, PlaygroundMockContext.Load(path), name, screenshotPrefix).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            try
            {
                await page.ScreenshotAsync("final").ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // The page is gone; the step screenshots remain.
            }
        }

        foreach (var context in _browserContexts)
        {
            await context.CloseAsync().ConfigureAwait(false);
        }

        foreach (var playground in _playgrounds)
        {
            await playground.DisposeAsync().ConfigureAwait(false);
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync().ConfigureAwait(false);
        }

        lock (_consoleGate)
        {
            foreach (var console in _consoles)
            {
                console.Dispose();
            }

            _consoles.Clear();
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

        _chromium = chromium;
        _bot = BotHost.Start(_workFolder, Path.Combine(ArtifactsFolder, "bot.log"));
        _playgroundPage = await OpenPlaygroundAsync(chromium, _bot, EndToEndEnvironment.PlaygroundConfigPath, PlaygroundMockContext.Current, string.Empty, string.Empty).ConfigureAwait(false);
    }

    // The first playground's logs keep their plain names (playground.log, browser-console.log);
    // another person's get the mock context's name as a suffix.
    private async Task<PlaygroundPage> OpenPlaygroundAsync(
        ChromiumFixture chromium, BotHost bot, string mockContextPath, PlaygroundMockContext context, string name, string screenshotPrefix)
    {
        var suffix = name.Length == 0 ? string.Empty : "-" + name;
        var playground = await PlaygroundServer.StartAsync(
            bot.MessagesEndpoint, mockContextPath, Path.Combine(_workFolder, "playground" + suffix), Path.Combine(ArtifactsFolder, $"playground{suffix}.log"), CancellationToken.None).ConfigureAwait(false);
        _playgrounds.Add(playground);

        var browserContext = await chromium.NewContextAsync().ConfigureAwait(false);
        _browserContexts.Add(browserContext);
        var page = await browserContext.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout((float)PlaygroundPage.DefaultTimeout.TotalMilliseconds);
        var console = new StreamWriter(Path.Combine(ArtifactsFolder, $"browser-console{suffix}.log")) { AutoFlush = true };
        lock (_consoleGate)
        {
            _consoles.Add(console);
        }

        page.Console += (_, message) => WriteConsole(console, $"{message.Type}: {message.Text}");
        page.PageError += (_, error) => WriteConsole(console, $"page error: {error}");

        var playgroundPage = await PlaygroundPage.OpenAsync(page, playground.BaseUri, context, ArtifactsFolder, _steps, screenshotPrefix).ConfigureAwait(false);
        _pages.Add(playgroundPage);
        return playgroundPage;
    }

    private void WriteConsole(StreamWriter console, string line)
    {
        lock (_consoleGate)
        {
            if (_consoles.Contains(console))
            {
                console.WriteLine(line);
            }
        }
    }
}
