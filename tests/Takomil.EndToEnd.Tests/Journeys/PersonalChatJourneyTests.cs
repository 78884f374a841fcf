using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// An official's first minutes with Takomil in a personal chat, in the Agents Playground: the
/// welcome on install (once), and help in the language of the word they typed. Expected texts are
/// written out here on purpose: they are what the official reads, not what the resources say.
/// </summary>
public sealed class PersonalChatJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [PlaygroundFact]
    public async Task Install_PersonalChat_ShowsWelcomeCardWithButtons()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;

        var welcome = await ui.WaitForCardAsync(Welcome.Title());
        await ui.ScreenshotAsync("welcome");

        // Res. 184 is named in every language.
        await Assertions.Expect(welcome).ToContainTextAsync("184");
        var buttons = welcome.GetByRole(AriaRole.Button);
        await Assertions.Expect(buttons).ToHaveCountAsync(2);
        await Assertions.Expect(buttons.Nth(0)).ToHaveAccessibleNameAsync(Welcome.ShowCommandsButton());
        await Assertions.Expect(buttons.Nth(1)).ToHaveAccessibleNameAsync(Welcome.LanguageButton());
        Assert.Equal(1, await ui.BotMessages.CountAsync());
    }

    [PlaygroundFact]
    public async Task Reload_AfterWelcome_DoesNotWelcomeAgain()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;
        await ui.WaitForCardAsync(Welcome.Title());
        await ui.ScreenshotAsync("welcome");

        // The playground forgets the chat on reload and sends the install events again; the bot
        // has answered both when this returns. A reply to a later message is a barrier: a second
        // welcome would have been sent while handling those events, so it would already show.
        await ui.ReloadAsync();
        await ui.SendAsync("yordam");
        await ui.WaitForCardAsync("Men nimalar qila olaman");
        await ui.ScreenshotAsync("after-reload");

        Assert.Equal(0, await ui.Cards.Filter(new() { Has = ui.Page.GetByText(Welcome.Title()) }).CountAsync());
        Assert.Equal(1, await ui.BotMessages.CountAsync());
    }

    [PlaygroundFact]
    public async Task Help_UzbekKeyword_AnswersWithUzbekHelpCard()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;
        await ui.WaitForCardAsync(Welcome.Title());

        await ui.SendAsync("yordam");
        var help = await ui.WaitForCardAsync("Men nimalar qila olaman");
        await ui.ScreenshotAsync("help-uz-latn", includeLogPanel: false);

        await Assertions.Expect(help).ToContainTextAsync("Ushbu buyruqlar roʻyxatini koʻrsatadi.");
        await Assertions.Expect(help).ToContainTextAsync("Men siz bilan qaysi tilda gaplashishimni tanlang");
        await Assertions.Expect(help.GetByRole(AriaRole.Button, new() { Name = "Til", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(2, await ui.Cards.CountAsync());
    }

    [PlaygroundFact]
    public async Task Help_RussianKeyword_AnswersWithRussianHelpCard()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;
        await ui.WaitForCardAsync(Welcome.Title());

        await ui.SendAsync("помощь");
        var help = await ui.WaitForCardAsync("Что я умею");
        await ui.ScreenshotAsync("help-ru");

        await Assertions.Expect(help).ToContainTextAsync("Показать этот список команд.");
        await Assertions.Expect(help).ToContainTextAsync("Выбрать язык, на котором я с вами говорю");
        await Assertions.Expect(help).Not.ToContainTextAsync("Men nimalar qila olaman");
        Assert.Equal(2, await ui.Cards.CountAsync());
    }
}
