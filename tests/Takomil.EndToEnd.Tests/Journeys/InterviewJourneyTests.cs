using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;
using Takomil.EndToEnd.Tests.Pages;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue #4 in the Agents Playground: the lead asks an agency official for the legal acts of the service (p. 11,
/// first fact) from the working group's chat; the official answers in her 1:1 chat with the bot, one question per
/// message — a wrong date is asked again with the reason, she goes back once, pauses, resumes and confirms the
/// summary — and the lead hears that she finished. The bot runs in Development: the golden sample inspection
/// HOK-014 (led by Dilnoza Karimova, the playground's current user; Nigora Yusupova interviewee) is seeded in
/// stage 2. Nigora acts through a second playground (<c>tests/playground/takomil.playground.nigora.yml</c>).
/// </summary>
public sealed class InterviewJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string NigoraContext = "takomil.playground.nigora.yml";
    private const string UzbekChosen = "endi siz bilan oʻzbek tilida (lotin yozuvida) gaplashaman";

    [PlaygroundFact]
    public async Task PersonalChat_LeadAsksForLegalActs_IntervieweeAnswersGoesBackPausesResumesAndConfirms()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var lead = session.Playground;

        // Nigora has the app: her 1:1 chat with the bot exists before anyone asks her anything.
        var nigora = await session.OpenPlaygroundAsAsync(NigoraContext, "nigora-");
        await nigora.OpenPersonalChatAsync();
        await nigora.WaitForCardAsync(Welcome.Title());
        // The playground's client says en-US on every turn; Nigora reads Uzbek, so she says so once.
        await nigora.SendAsync("til uz");
        await nigora.WaitForTextAsync(UzbekChosen);

        await lead.OpenGroupChatAsync();
        await lead.WaitForCardAsync(Welcome.Title());
        await lead.MentionBotAsync("intervyu @Nigora Yusupova HOK-014 huquqiy");
        await lead.WaitForTextAsync("Nigora Yusupovaga yuborildi");
        await lead.ScreenshotAsync("lead-asks-nigora", includeLogPanel: false);

        // Her 1:1 chat: who asks, why, and the first question with its progress.
        await nigora.WaitForTextAsync("Dilnoza Karimova sizdan");
        var first = await nigora.WaitForCardAsync("tartibga soluvchi hujjatning nomi qanday?");
        await Assertions.Expect(first).ToContainTextAsync("Javob berish");
        await nigora.ScreenshotAsync("first-question", includeLogPanel: false, showTopOf: first);

        await nigora.SendAsync("Vazirlar Mahkamasining «Koʻchmas mulk ob'ektlarini noturar joyga oʻtkazish tartibi toʻgʻrisida»gi qarori");
        await nigora.WaitForCardAsync("Hujjatning raqami?");
        await nigora.SendAsync("200");
        await nigora.WaitForCardAsync("Qachon qabul qilingan?");

        // A date in the future is refused with the script's own reason and asked again.
        await nigora.SendAsync("01.01.2031");
        await nigora.WaitForTextAsync("Qabul qilingan sana kelajakda boʻlishi mumkin emas.");
        await nigora.ScreenshotAsync("wrong-date-asked-again", includeLogPanel: false);

        // Back to the number: the card shows the answer she gave, she corrects it.
        await nigora.SendAsync("orqaga");
        var number = await nigora.WaitForCardAsync("Hujjatning raqami?");
        await Assertions.Expect(number).ToContainTextAsync("2 / 5");
        await Assertions.Expect(number.Locator("input").First).ToHaveValueAsync("200");
        await nigora.ScreenshotAsync("back-to-number", includeLogPanel: false);
        await nigora.SendAsync("200-son");
        await nigora.WaitForCardAsync("Qachon qabul qilingan?");
        await nigora.SendAsync("12.03.2019");
        await nigora.WaitForCardAsync("moddalar");
        await nigora.SendAsync("3-band, 5-band, 7-band");
        await nigora.WaitForCardAsync("Yana bir hujjat qoʻshasizmi?");

        // A pause keeps everything; days later (here: at once) she resumes where she stopped.
        await nigora.SendAsync("pauza");
        await nigora.WaitForTextAsync("Pauza qilindi. Barcha javoblaringiz saqlandi.");
        await nigora.ScreenshotAsync("paused", includeLogPanel: false);
        await nigora.SendAsync("davom");
        await nigora.WaitForTextAsync("Xush kelibsiz. Mana toʻxtagan joyingiz.");
        await nigora.WaitForCardAsync("Yana bir hujjat qoʻshasizmi?");
        await nigora.SendAsync("yoʻq");

        // The summary lists every answer with an edit button; she confirms it.
        var summary = await nigora.WaitForCardAsync("Javoblaringiz — tekshirib chiqing");
        foreach (var expected in new[] { "200-son", "12.03.2019", "3-band, 5-band, 7-band", "noturar joyga oʻtkazish tartibi" })
        {
            await Assertions.Expect(summary).ToContainTextAsync(expected);
        }
        await Assertions.Expect(summary).Not.ToContainTextAsync("01.01.2031");
        await nigora.ScreenshotAsync("summary", includeLogPanel: false, showTopOf: summary);
        await nigora.ClickCardButtonAsync("Tasdiqlash", summary);
        await nigora.WaitForTextAsync("Rahmat!");
        await nigora.ScreenshotAsync("confirmed", includeLogPanel: false);

        // The lead hears it in the chat where she asked.
        await lead.WaitForTextAsync("Nigora Yusupova");
        await lead.WaitForTextAsync("intervyuni yakunladi");
        await lead.ScreenshotAsync("lead-hears-finished", includeLogPanel: false);
    }
}
