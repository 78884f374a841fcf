using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Takomil.Testing.Rendering;

/// <summary>
/// Renders cards with the official Adaptive Cards JavaScript renderer in headless Chromium and
/// returns what it reported. Use it as an xunit class fixture: the browser starts once, on first
/// use (so a class whose tests are all skipped never starts it), and every card of the class is
/// rendered in that one page. The page may load only local files; every other request is aborted.
/// </summary>
public sealed partial class CardRenderer : IAsyncLifetime, IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentQueue<RenderEvent> _pageEvents = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;
    private int _sequence;

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync().ConfigureAwait(false);
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        _gate.Dispose();
    }

    public Task<CardRenderResult> RenderAsync(string name, JsonNode card) =>
        RenderOneAsync(name, card ?? throw new ArgumentNullException(nameof(card)));

    public Task<CardRenderResult> RenderAsync(string name, string cardJson) =>
        RenderOneAsync(name, JsonNode.Parse(cardJson) ?? throw new ArgumentException("Card JSON is null.", nameof(cardJson)));

    /// <summary>Renders a batch in order, one page, one browser.</summary>
    public async Task<IReadOnlyList<CardRenderResult>> RenderAllAsync(IEnumerable<KeyValuePair<string, JsonNode>> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var results = new List<CardRenderResult>();
        foreach (var (name, card) in cards)
        {
            results.Add(await RenderOneAsync(name, card).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<CardRenderResult> RenderOneAsync(string name, JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(name);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var page = await EnsurePageAsync().ConfigureAwait(false);
            var id = "c" + Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _pageEvents.Clear();

            var markdown = JsonSerializer.Serialize(CardMarkdown.PreRender(card));
            var raw = await page.EvaluateAsync<string>(
                "([id, card, markdown]) => JSON.stringify(window.takomilRender(id, JSON.parse(card), JSON.parse(markdown)))",
                new object[] { id, card.ToJsonString(), markdown }).ConfigureAwait(false);

            var events = JsonSerializer.Deserialize<List<RenderEvent>>(raw, JsonSerializerOptions.Web) ?? [];
            events.AddRange(_pageEvents);

            var element = page.Locator("#card-" + id);
            var box = await element.BoundingBoxAsync().ConfigureAwait(false);
            Directory.CreateDirectory(RendererEnvironment.ScreenshotsDirectory);
            var file = Path.Combine(RendererEnvironment.ScreenshotsDirectory, UnsafeFileChars().Replace(name, "-") + ".png");
            await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = file }).ConfigureAwait(false);
            var html = await element.InnerHTMLAsync().ConfigureAwait(false);

            await page.EvaluateAsync("() => window.takomilClear()").ConfigureAwait(false);
            return new CardRenderResult(name, events, file, (int)Math.Round(box?.Height ?? 0), html);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IPage> EnsurePageAsync()
    {
        if (_page is not null)
        {
            return _page;
        }

        if (RendererEnvironment.MissingReason is { } reason)
        {
            throw new InvalidOperationException("Renderer unavailable: " + reason);
        }

        _playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RendererEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        }).ConfigureAwait(false);

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 560, Height = 900 },
            DeviceScaleFactor = 1,
        }).ConfigureAwait(false);

        // Local files only: the harness, the pinned renderer and data: images.
        await context.RouteAsync(
            url => !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase),
            route => route.AbortAsync()).ConfigureAwait(false);

        var page = await context.NewPageAsync().ConfigureAwait(false);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _pageEvents.Enqueue(new RenderEvent("console", message.Type, message.Text));
            }
        };
        page.PageError += (_, error) => _pageEvents.Enqueue(new RenderEvent("page", "error", error));

        await page.GotoAsync(new Uri(RendererEnvironment.HarnessPage!).AbsoluteUri).ConfigureAwait(false);
        await page.WaitForFunctionAsync("() => window.takomilReady === true && typeof window.AdaptiveCards === 'object'").ConfigureAwait(false);
        _page = page;
        return page;
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeFileChars();
}
