using Microsoft.Playwright;
using Takomil.Testing.Rendering;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, through Microsoft.Playwright (never its browser download), shared by
/// the journeys of a class: it starts on first use, so a class whose journeys are all skipped never
/// starts it. Playwright launches it on a fresh temporary profile (user-data dir) and every journey
/// gets a new browser context, so no cookie or storage leaks from one journey into the next.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly LazyChromium _chromium = new(() =>
    {
        EndToEndEnvironment.EnsureAvailable();
        return EndToEndEnvironment.ChromiumPath;
    });

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync().ConfigureAwait(false);

    public ValueTask DisposeAsync() => _chromium.DisposeAsync();

    /// <summary>
    /// A new context the size of a laptop screen, in Tashkent's time zone, that may reach only
    /// loopback: the playground's CDN fonts and telemetry are aborted at once instead of timing out.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var browser = await _chromium.GetAsync().ConfigureAwait(false);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            DeviceScaleFactor = 1,
            Locale = "en-US",
            TimezoneId = "Asia/Tashkent",
        }).ConfigureAwait(false);
        await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync()).ConfigureAwait(false);
        return context;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");
}
