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
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentQueue<RenderEvent> _pageEvents = new();
    private readonly LazyChromium _chromium = new(() => RendererEnvironment.MissingReason is { } reason
        ? throw new InvalidOperationException("Renderer unavailable: " + reason)
        : RendererEnvironment.ChromiumPath!);
    private IPage? _page;
    private int _sequence;

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _chromium.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    public Task<CardRenderResult> RenderAsync(string name, JsonNode card, RenderOptions? options = null) =>
        RenderOneAsync(name, card ?? throw new ArgumentNullException(nameof(card)), options ?? RenderOptions.Default);

    public Task<CardRenderResult> RenderAsync(string name, string cardJson, RenderOptions? options = null) =>
        RenderOneAsync(name, JsonNode.Parse(cardJson) ?? throw new ArgumentException("Card JSON is null.", nameof(cardJson)), options ?? RenderOptions.Default);

    /// <summary>
    /// On the card rendered last: fills inputs found by (part of) their label, clicks the button with this title
    /// and returns what the renderer would send (<c>{type, verb, data}</c>), or null when it sent
    /// nothing (for instance because a required input is empty).
    /// </summary>
    public async Task<JsonElement?> ClickActionAsync(string title, IReadOnlyDictionary<string, string>? fillByLabel = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var card = (_page ?? throw new InvalidOperationException("Render a card first.")).Locator("#cards");
            foreach (var (label, value) in fillByLabel ?? new Dictionary<string, string>())
            {
                await card.GetByLabel(label).FillAsync(value).ConfigureAwait(false);
            }

            await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).ClickAsync().ConfigureAwait(false);
            var raw = await _page.EvaluateAsync<string>("() => JSON.stringify(window.takomilLastAction)").ConfigureAwait(false);
            using var doc = JsonDocument.Parse(raw);
            return doc.RootElement.ValueKind == JsonValueKind.Null ? null : doc.RootElement.Clone();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Renders a batch in order, one page, one browser.</summary>
    public async Task<IReadOnlyList<CardRenderResult>> RenderAllAsync(IEnumerable<KeyValuePair<string, JsonNode>> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var results = new List<CardRenderResult>();
        foreach (var (name, card) in cards)
        {
            results.Add(await RenderOneAsync(name, card, RenderOptions.Default).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<CardRenderResult> RenderOneAsync(string name, JsonNode card, RenderOptions options)
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
                "([id, card, markdown, withoutExecute]) => JSON.stringify(window.takomilRender(id, JSON.parse(card), JSON.parse(markdown), { withoutExecute }))",
                new object[] { id, card.ToJsonString(), markdown, options.WithoutActionExecute }).ConfigureAwait(false);

            var events = JsonSerializer.Deserialize<List<RenderEvent>>(raw, JsonSerializerOptions.Web) ?? [];
            events.AddRange(_pageEvents);

            var element = page.Locator("#card-" + id);
            var box = await element.BoundingBoxAsync().ConfigureAwait(false);
            Directory.CreateDirectory(RendererEnvironment.ScreenshotsDirectory);
            var file = Path.Combine(RendererEnvironment.ScreenshotsDirectory, UnsafeFileChars().Replace(name, "-") + ".png");
            await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = file }).ConfigureAwait(false);
            var html = await element.InnerHTMLAsync().ConfigureAwait(false);

            // The card stays on the page (until the next render) so ClickActionAsync can use it.
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

        var browser = await _chromium.GetAsync().ConfigureAwait(false);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 560, Height = 900 },
            DeviceScaleFactor = 1,
        }).ConfigureAwait(false);

        // Local files only: the harness, the pinned renderer and data: images.
        await context.RouteAsync(
            url => !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase),
            route => route.AbortAsync()).ConfigureAwait(false);

        var page = await context.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout(10_000); // a missing button should fail fast, not after 30 s
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
