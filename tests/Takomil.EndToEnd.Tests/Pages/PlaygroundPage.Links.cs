using Microsoft.Playwright;

namespace Takomil.EndToEnd.Tests.Pages;

/// <summary>Steps for card buttons that open links (Action.OpenUrl) and for buttons inside one part of a card.</summary>
public sealed partial class PlaygroundPage
{
    /// <summary>
    /// Presses the card button titled <paramref name="title"/> that opens a link and returns the link instead of
    /// opening a tab: the playground opens Action.OpenUrl with <c>window.open</c>, which is replaced for the click.
    /// </summary>
    public async Task<string> ClickCardLinkAsync(string title, ILocator card)
    {
        await _page.EvaluateAsync("() => { window.takomilOpened = null; window.open = (u) => { window.takomilOpened = String(u); return null; }; }").ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(card);
        // The playground draws Action.OpenUrl as a link-like button: find it by its visible title.
        await card.GetByText(title, new LocatorGetByTextOptions { Exact = true }).Last.ClickAsync().ConfigureAwait(false);
        await _page.WaitForFunctionAsync("() => window.takomilOpened !== null").ConfigureAwait(false);
        return await _page.EvaluateAsync<string>("() => window.takomilOpened").ConfigureAwait(false);
    }

    /// <summary>Downloads <paramref name="url"/> as the browser would (same context, loopback only).</summary>
    public async Task<byte[]> DownloadAsync(string url)
    {
        var response = await _page.APIRequest.GetAsync(url).ConfigureAwait(false);
        if (!response.Ok) throw new InvalidOperationException($"GET {url} answered {response.Status}.");
        return await response.BodyAsync().ConfigureAwait(false);
    }

    /// <summary>Presses the <paramref name="nth"/> (0-based) button titled <paramref name="title"/> in <paramref name="card"/>.</summary>
    public async Task ClickNthCardButtonAsync(string title, int nth, ILocator? card = null)
    {
        await (card ?? Cards.Last).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).Nth(nth).ClickAsync().ConfigureAwait(false);
    }
}
