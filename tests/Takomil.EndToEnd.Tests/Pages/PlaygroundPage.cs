using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;

namespace Takomil.EndToEnd.Tests.Pages;

/// <summary>
/// The Microsoft 365 Agents Playground (0.2.28) as a person uses it: pick a chat, type, @mention
/// the bot, read replies, press card buttons. Every selector of its (internal, unversioned) markup
/// lives in <see cref="Selectors"/> and nowhere else, so a playground upgrade is fixed here once.
/// Waits are on visible text with timeouts, never on fixed sleeps.
/// </summary>
public sealed partial class PlaygroundPage
{
    /// <summary>How long a reply may take to show; a journey step is seconds, not minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly IPage _page;
    private readonly string _screenshotFolder;
    private readonly ScreenshotSteps _steps;
    private readonly string _screenshotPrefix;
    private ChatSurface _surface = ChatSurface.Personal;

    private PlaygroundPage(IPage page, PlaygroundMockContext context, string screenshotFolder, ScreenshotSteps steps, string screenshotPrefix)
    {
        _page = page;
        Context = context;
        _screenshotFolder = screenshotFolder;
        _steps = steps;
        _screenshotPrefix = screenshotPrefix;
    }

    private enum ChatSurface
    {
        Personal,
        Group,
        Channel,
    }

    /// <summary>The mock Teams context (bot, people, chats) the playground runs with.</summary>
    public PlaygroundMockContext Context { get; }

    /// <summary>The raw Playwright page, for a step this class does not offer yet (add it here instead, if it is reusable).</summary>
    public IPage Page => _page;

    /// <summary>Every Adaptive Card shown in the open conversation, oldest first.</summary>
    public ILocator Cards => ConversationPane.Locator(Selectors.Card);

    /// <summary>Every message from the bot (text or card) in the open conversation, oldest first.</summary>
    public ILocator BotMessages => ConversationPane.Locator(Selectors.BotMessage);

    private ILocator ConversationPane => _page.Locator("div")
        .Filter(new LocatorFilterOptions { Has = _page.Locator(Selectors.Composer) })
        .Filter(new LocatorFilterOptions { HasNot = _page.Locator(Selectors.ChatList) })
        .Filter(new LocatorFilterOptions { HasNot = _page.GetByText(Selectors.LogPanelTitle, new PageGetByTextOptions { Exact = true }) })
        .First;

    // In a channel the first box starts a new post; chats have one box.
    private ILocator Composer => ConversationPane.Locator(Selectors.Composer).First;

    private ILocator SubmitButton => _surface == ChatSurface.Channel
        ? ConversationPane.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Selectors.PostButtonText, Exact = true })
        : ConversationPane.Locator(Selectors.SendButton).First;

    /// <summary>
    /// Loads the playground and waits until it has delivered the install events of the personal
    /// chat to the bot and the bot accepted them (so the bot knows the conversation). A second
    /// person's page shares the journey's <paramref name="steps"/> and names its pictures with
    /// <paramref name="screenshotPrefix"/> (e.g. <c>bobur-</c>).
    /// </summary>
    public static async Task<PlaygroundPage> OpenAsync(
        IPage page, Uri baseUri, PlaygroundMockContext context, string screenshotFolder, ScreenshotSteps? steps = null, string screenshotPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(baseUri);
        var playground = new PlaygroundPage(page, context, screenshotFolder, steps ?? new ScreenshotSteps(), screenshotPrefix);
        await page.GotoAsync(baseUri.AbsoluteUri).ConfigureAwait(false);
        await playground.WaitForInstallDeliveredAsync().ConfigureAwait(false);
        return playground;
    }

    /// <summary>Reloads the page as a user pressing F5 would; the playground then sends the install events again.</summary>
    public async Task ReloadAsync()
    {
        await _page.ReloadAsync().ConfigureAwait(false);
        _surface = ChatSurface.Personal;
        await WaitForInstallDeliveredAsync().ConfigureAwait(false);
    }

    public Task OpenPersonalChatAsync() => OpenChatAsync(Selectors.PersonalChatLabel, ChatSurface.Personal);

    /// <summary>Opens the mock context's group chat (the bot hears only messages that @mention it there).</summary>
    public Task OpenGroupChatAsync() => OpenChatAsync(Context.GroupChatName, ChatSurface.Group);

    /// <summary>Opens a channel of the mock context's team (General unless named); messages there are new posts.</summary>
    public Task OpenChannelAsync(string? channelName = null) =>
        OpenChatAsync($"{Context.TeamName} - {channelName ?? Context.ChannelNames[0]}", ChatSurface.Channel);

    /// <summary>Types <paramref name="text"/> in the message box and sends it.</summary>
    public async Task SendAsync(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        await Composer.ClickAsync().ConfigureAwait(false);
        await Composer.PressSequentiallyAsync(text).ConfigureAwait(false);
        await SubmitAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Sends "@Bot <paramref name="text"/>", picking the bot from the mention menu as a user does.
    /// Every "@Full Name" of a person in the mock context inside <paramref name="text"/> is picked
    /// from the same menu, so the playground sends it as a real mention (<c>&lt;at&gt;</c> text plus
    /// a mention entity with the person's Teams id), e.g. <c>add @Nigora Yusupova interviewee</c>.
    /// </summary>
    public async Task MentionBotAsync(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        await Composer.ClickAsync().ConfigureAwait(false);
        await MentionAsync(Context.BotName).ConfigureAwait(false);
        await TypeWithMentionsAsync(" " + text).ConfigureAwait(false);
        await SubmitAsync().ConfigureAwait(false);
    }

    /// <summary>Waits until <paramref name="text"/> is visible in the open conversation (not in the chat list or log) and returns it.</summary>
    public async Task<ILocator> WaitForTextAsync(string text, TimeSpan? timeout = null)
    {
        var found = ConversationPane.GetByText(text).First;
        await found.WaitForAsync(Visible(timeout)).ConfigureAwait(false);
        return found;
    }

    /// <summary>Waits for the newest card containing <paramref name="text"/> and returns it.</summary>
    public async Task<ILocator> WaitForCardAsync(string text, TimeSpan? timeout = null)
    {
        var card = Cards.Filter(new LocatorFilterOptions { HasText = text }).Last;
        await card.WaitForAsync(Visible(timeout)).ConfigureAwait(false);
        return card;
    }

    /// <summary>Waits for the newest card with a text matching <paramref name="text"/> (one of several wordings) and returns it.</summary>
    public async Task<ILocator> WaitForCardAsync(Regex text, TimeSpan? timeout = null)
    {
        var card = Cards.Filter(new LocatorFilterOptions { Has = _page.GetByText(text) }).Last;
        await card.WaitForAsync(Visible(timeout)).ConfigureAwait(false);
        return card;
    }

    /// <summary>Presses the card button titled <paramref name="title"/>: in <paramref name="card"/>, else in the newest card that has one.</summary>
    public async Task ClickCardButtonAsync(string title, ILocator? card = null)
    {
        var options = new LocatorGetByRoleOptions { Name = title, Exact = true };
        var button = (card ?? Cards).GetByRole(AriaRole.Button, options).Last;
        await button.ClickAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until the playground logs that it delivered <paramref name="occurrences"/> activities of
    /// this type to the bot and the bot answered <paramref name="status"/> (the log starts empty on each load).
    /// </summary>
    public Task WaitForDeliveredAsync(string activityType, int occurrences = 1, int status = 200, TimeSpan? timeout = null) =>
        _page.GetByText($"{activityType} {status}", new PageGetByTextOptions { Exact = true })
            .Nth(occurrences - 1).WaitForAsync(Visible(timeout));

    /// <summary>
    /// Saves a full-window PNG as <c>NN-name.png</c> in the journey's artifacts folder and returns its
    /// path. Without the log panel the picture is what an official sees in Teams. A card taller than
    /// the window shows its end (the chat scrolls to the newest message); pass it as
    /// <paramref name="showTopOf"/> to picture its beginning instead.
    /// </summary>
    public async Task<string> ScreenshotAsync(string name, bool includeLogPanel = true, ILocator? showTopOf = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = Path.Combine(_screenshotFolder, $"{_steps.Next():00}-{_screenshotPrefix}{UnsafeFileChars().Replace(name, "-")}.png");
        if (!includeLogPanel)
        {
            await _page.Locator(Selectors.HideLogPanelButton).ClickAsync().ConfigureAwait(false);
            await _page.GetByText(Selectors.LogPanelTitle, new PageGetByTextOptions { Exact = true }).WaitForAsync(Hidden()).ConfigureAwait(false);
        }

        if (showTopOf is not null)
        {
            // After the log panel is gone: hiding it reflows the chat and scrolls it to the end.
            await showTopOf.EvaluateAsync(Selectors.ScrollToTopScript, Selectors.BotMessage).ConfigureAwait(false);
        }

        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path }).ConfigureAwait(false);
        if (!includeLogPanel)
        {
            await _page.Locator(Selectors.ToggleLogPanelButton).ClickAsync().ConfigureAwait(false);
            await _page.GetByText(Selectors.LogPanelTitle, new PageGetByTextOptions { Exact = true }).WaitForAsync(Visible(null)).ConfigureAwait(false);
        }

        return path;
    }

    private async Task TypeWithMentionsAsync(string text)
    {
        // Longest first, so "@Ali Valiyev" is never taken for "@Ali".
        var people = Context.PeopleNames.OrderByDescending(name => name.Length).ToList();
        var plain = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var person = text[i] == '@'
                ? people.FirstOrDefault(name => string.CompareOrdinal(text, i + 1, name, 0, name.Length) == 0)
                : null;
            if (person is null)
            {
                continue;
            }

            await TypePlainAsync(text[plain..i]).ConfigureAwait(false);
            await MentionAsync(person).ConfigureAwait(false);
            plain = i + 1 + person.Length;
            i = plain - 1;
        }

        await TypePlainAsync(text[plain..]).ConfigureAwait(false);
    }

    private async Task TypePlainAsync(string text)
    {
        if (text.Length > 0)
        {
            await Composer.PressSequentiallyAsync(text).ConfigureAwait(false);
        }
    }

    // As a user does: "@" and the first letters open the menu of the chat's people and bot; a click
    // on the name turns the typed letters into a mention.
    private async Task MentionAsync(string name)
    {
        await Composer.PressSequentiallyAsync("@" + name[..Math.Min(3, name.Length)]).ConfigureAwait(false);
        await _page.Locator(Selectors.MentionSuggestion).Filter(new LocatorFilterOptions { HasText = name }).First.ClickAsync().ConfigureAwait(false);
    }

    private async Task WaitForInstallDeliveredAsync()
    {
        await WaitForDeliveredAsync("installationUpdate").ConfigureAwait(false);
        await WaitForDeliveredAsync("conversationUpdate").ConfigureAwait(false);
    }

    private async Task OpenChatAsync(string label, ChatSurface surface)
    {
        await _page.Locator(Selectors.ChatListItem(label)).ClickAsync().ConfigureAwait(false);
        _surface = surface;
        await Composer.WaitForAsync(Visible(null)).ConfigureAwait(false);
    }

    private async Task SubmitAsync()
    {
        await SubmitButton.ClickAsync().ConfigureAwait(false);
        // The box empties once the playground has taken the message.
        await Assertions.Expect(Composer).ToHaveTextAsync(new Regex(@"^\s*$"), new LocatorAssertionsToHaveTextOptions { Timeout = (float)DefaultTimeout.TotalMilliseconds }).ConfigureAwait(false);
    }

    private static LocatorWaitForOptions Visible(TimeSpan? timeout) =>
        new() { State = WaitForSelectorState.Visible, Timeout = (float)(timeout ?? DefaultTimeout).TotalMilliseconds };

    private static LocatorWaitForOptions Hidden() =>
        new() { State = WaitForSelectorState.Hidden, Timeout = (float)DefaultTimeout.TotalMilliseconds };

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeFileChars();

    /// <summary>The playground's markup, as seen in 0.2.28. Change selectors here only.</summary>
    private static class Selectors
    {
        public const string Composer = "[role=\"textbox\"][contenteditable=\"true\"]";
        public const string SendButton = "button[aria-label=\"Send Message\"]";
        public const string PostButtonText = "Post";
        public const string Card = ".ac-adaptiveCard";
        public const string BotMessage = ".fai-OutputCard";
        public const string ChatList = "[role=\"region\"][aria-label=\"Chat and Teams Channel\"]";
        public const string PersonalChatLabel = "Personal Chat";
        public const string MentionSuggestion = "[role=\"menuitem\"]";
        public const string LogPanelTitle = "Log Panel";
        public const string HideLogPanelButton = "button[title=\"Hide log panel\"]";
        public const string ToggleLogPanelButton = "button[title=\"Toggle Log Panel\"]";

        // The bot's message holding the element at the top of the chat, with room above it for the
        // message it answers, so a picture shows the question and the top of the answer.
        public const string ScrollToTopScript = """
            (element, botMessage) => {
                (element.closest(botMessage) ?? element).scrollIntoView({ block: 'start' });
                let scroller = element.parentElement;
                while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
                scroller?.scrollBy(0, -110);
            }
            """;

        public static string ChatListItem(string label) => $"[role=\"treeitem\"][aria-label=\"{label.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
    }
}
