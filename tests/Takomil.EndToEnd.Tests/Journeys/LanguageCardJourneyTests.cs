using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// A card whose Action.Execute button answers with an updated card: the playground sends an
/// <c>adaptiveCard/action</c> invoke and puts the card from the invoke response in place of the old one.
/// </summary>
public sealed class LanguageCardJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Confirmation = "Готово: теперь я говорю с вами по-русски.";

    [PlaygroundFact]
    public async Task LanguageCard_ClickRussian_UpdatesSameCardInPlace()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;
        await ui.WaitForCardAsync(Welcome.Title());

        // "language" is English and the playground's locale is en-US, so the card starts in English.
        await ui.SendAsync("language");
        await ui.WaitForCardAsync("Choose your language");
        var cardsBefore = await ui.Cards.CountAsync();
        var messagesBefore = await ui.BotMessages.CountAsync();
        var message = ui.BotMessages.Nth(messagesBefore - 1);
        // A mark on the message that holds the card: if the update arrived as a new message
        // (or the old one was replaced), the mark would be gone.
        await message.EvaluateAsync("m => m.dataset.e2eMark = 'language-card'");
        await ui.ScreenshotAsync("language-card", includeLogPanel: false);

        await ui.ClickCardButtonAsync("Русский", message);

        var card = message.Locator(".ac-adaptiveCard");
        await Assertions.Expect(card).ToContainTextAsync(Confirmation);
        await ui.ScreenshotAsync("language-card-updated", includeLogPanel: false);
        await Assertions.Expect(card).ToContainTextAsync("Выберите язык");
        await Assertions.Expect(card).ToContainTextAsync("Текущий язык: Русский");
        await Assertions.Expect(card).Not.ToContainTextAsync("Choose your language");
        Assert.Equal("language-card", await message.GetAttributeAsync("data-e2e-mark"));
        Assert.Equal(cardsBefore, await ui.Cards.CountAsync());
        Assert.Equal(messagesBefore, await ui.BotMessages.CountAsync());

        // The choice is kept: an English command word now gets a Russian answer.
        await ui.SendAsync("help");
        await ui.WaitForCardAsync("Что я умею");
        await ui.ScreenshotAsync("help-after-choice");
    }

    [PlaygroundFact]
    public async Task LanguageCommand_WithCode_ConfirmsAndKeepsChoiceOverKeywordLanguage()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var ui = session.Playground;
        await ui.WaitForCardAsync(Welcome.Title());

        await ui.SendAsync("til ru");
        await ui.WaitForTextAsync(Confirmation);
        await ui.ScreenshotAsync("language-set-by-command");

        // "yordam" is Uzbek, but a language the user chose wins over the language of the word.
        await ui.SendAsync("yordam");
        var help = await ui.WaitForCardAsync("Что я умею");
        await ui.ScreenshotAsync("help-after-choice");
        await Assertions.Expect(help).Not.ToContainTextAsync("Men nimalar qila olaman");
    }
}
