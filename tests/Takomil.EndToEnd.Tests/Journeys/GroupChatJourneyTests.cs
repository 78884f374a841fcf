using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>In group chats and channels Teams gives the bot only messages that @mention it.</summary>
public sealed class GroupChatJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [PlaygroundFact]
    public async Task GroupChat_MentionHelp_AnswersWithHelpCard()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;

        await ui.OpenGroupChatAsync();
        await ui.WaitForCardAsync(Welcome.Title());
        await ui.MentionBotAsync("help");
        var help = await ui.WaitForCardAsync("What I can do");
        await ui.ScreenshotAsync("group-chat-help");

        await Assertions.Expect(help).ToContainTextAsync("@Takomil help");
        Assert.Equal(2, await ui.Cards.CountAsync());

        // Back in the personal chat no mention is needed.
        await ui.OpenPersonalChatAsync();
        await ui.SendAsync("yordam");
        await ui.WaitForCardAsync("Men nimalar qila olaman");
        await ui.ScreenshotAsync("personal-chat-after-group");
    }

    [PlaygroundFact]
    public async Task Channel_MentionUzbekHelp_AnswersWithUzbekHelpCard()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;

        await ui.OpenChannelAsync();
        await ui.WaitForCardAsync(Welcome.Title());
        await ui.MentionBotAsync("yordam");
        var help = await ui.WaitForCardAsync("Men nimalar qila olaman");
        await ui.ScreenshotAsync("channel-help");

        await Assertions.Expect(help).ToContainTextAsync("@Takomil yordam");
    }
}
