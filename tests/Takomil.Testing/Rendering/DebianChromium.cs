using Microsoft.Playwright;

namespace Takomil.Testing.Rendering;

/// <summary>
/// How every browser test starts Debian's Chromium: headless through Microsoft.Playwright (never its
/// browser download), with the flags that keep it off the network on this closed machine.
/// </summary>
public static class DebianChromium
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = Args,
        });
    }
}
