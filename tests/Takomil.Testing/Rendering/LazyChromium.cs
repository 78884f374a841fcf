using Microsoft.Playwright;

namespace Takomil.Testing.Rendering;

/// <summary>
/// One Debian Chromium for a test class, started on first use (so a class whose tests are all skipped never
/// starts it) and closed with the class. The card renderer, the bpmn-js checks and the playground journeys
/// all hold one of these instead of their own browser bookkeeping.
/// </summary>
public sealed class LazyChromium : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<string> _executablePath;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <param name="executablePath">Called at the first start: returns Chromium's path or throws with the reason it is missing.</param>
    public LazyChromium(Func<string> executablePath)
    {
        ArgumentNullException.ThrowIfNull(executablePath);
        _executablePath = executablePath;
    }

    public async Task<IBrowser> GetAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_browser is not null) return _browser;
            var path = _executablePath();
            _playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            _browser = await DebianChromium.LaunchAsync(_playwright, path).ConfigureAwait(false);
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

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
}
