using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Takomil.EndToEnd.Tests.Pages;

/// <summary>
/// Card forms as a person fills them (inputs found by their visible label), and the card click as the playground
/// sends it to its server, so a journey can replay a click the way a forged or stale client would.
/// </summary>
public sealed partial class PlaygroundPage
{
    private const string InvokePath = "/_conversation/v1/invoke";

    /// <summary>Types <paramref name="value"/> into the text, number or date input labelled <paramref name="label"/>: in <paramref name="card"/>, else in the newest card.</summary>
    public async Task FillCardInputAsync(string label, string value, ILocator? card = null)
    {
        await (card ?? Cards.Last).GetByLabel(label).First.FillAsync(value).ConfigureAwait(false);
    }

    /// <summary>
    /// Types <paramref name="date"/> into the date input labelled <paramref name="label"/> (in <paramref name="card"/>, else in the
    /// newest card) and leaves it, as a person typing instead of using the calendar; the playground's date picker parses it then.
    /// </summary>
    public async Task FillCardDateAsync(string label, DateOnly date, ILocator? card = null)
    {
        var input = (card ?? Cards.Last).GetByLabel(label).First;
        await input.FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await input.PressAsync("Tab").ConfigureAwait(false);
        await Assertions.Expect(input).Not.ToHaveValueAsync(new Regex(@"^\s*$")).ConfigureAwait(false);
    }

    /// <summary>
    /// Picks the option containing <paramref name="option"/> in the drop-down labelled <paramref name="label"/>: in
    /// <paramref name="card"/>, else in the newest card. The playground draws a compact choice set as a combobox whose
    /// list opens outside the card.
    /// </summary>
    public async Task SelectCardChoiceAsync(string label, string option, ILocator? card = null)
    {
        var box = (card ?? Cards.Last).GetByLabel(label).First;
        await box.ClickAsync().ConfigureAwait(false);
        await _page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option }).First.ClickAsync().ConfigureAwait(false);
        await Assertions.Expect(box).ToHaveValueAsync(new Regex(Regex.Escape(option))).ConfigureAwait(false);
    }

    /// <summary>
    /// Presses the card button titled <paramref name="title"/> in <paramref name="card"/> and returns the invoke the
    /// playground's page posted to its server for it (<c>name</c>, <c>value</c>, <c>from</c>, <c>conversation</c>, <c>replyToId</c>).
    /// </summary>
    public async Task<JsonObject> ClickCardButtonCapturingInvokeAsync(string title, ILocator card)
    {
        var request = await _page.RunAndWaitForRequestAsync(
            () => ClickCardButtonAsync(title, card),
            r => r.Method == "POST" && r.Url.EndsWith(InvokePath, StringComparison.Ordinal),
            new PageRunAndWaitForRequestOptions { Timeout = (float)DefaultTimeout.TotalMilliseconds }).ConfigureAwait(false);
        return JsonNode.Parse(request.PostData ?? "{}")?.AsObject() ?? [];
    }

    /// <summary>
    /// Presses the card button titled <paramref name="title"/> in <paramref name="card"/>, but the click the page sends
    /// carries <paramref name="action"/> (the <c>value</c> of an invoke captured elsewhere, e.g. another person's Approve)
    /// instead of the button's own: a tampered or replayed client. The playground still shows the bot's answer in place
    /// of <paramref name="card"/>, as for any click.
    /// </summary>
    public async Task ClickCardButtonSendingAsync(string title, ILocator card, JsonNode action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var replaced = 0;
        async Task Replace(IRoute route)
        {
            var body = JsonNode.Parse(route.Request.PostData ?? "{}")!.AsObject();
            body["value"] = action.DeepClone();
            Interlocked.Increment(ref replaced);
            await route.ContinueAsync(new RouteContinueOptions { PostData = System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()) }).ConfigureAwait(false);
        }

        await _page.RouteAsync("**" + InvokePath, Replace, new PageRouteOptions { Times = 1 }).ConfigureAwait(false);
        await _page.RunAndWaitForResponseAsync(
            () => ClickCardButtonAsync(title, card),
            r => r.Request.Method == "POST" && r.Url.EndsWith(InvokePath, StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = (float)DefaultTimeout.TotalMilliseconds }).ConfigureAwait(false);
        if (replaced != 1) throw new InvalidOperationException($"The click sent {replaced} invokes through the replacement, not one.");
    }
}
