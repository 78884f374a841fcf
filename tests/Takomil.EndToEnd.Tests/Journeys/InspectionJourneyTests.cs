using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;
using Takomil.EndToEnd.Tests.Pages;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue #3 in the Agents Playground: the lead opens an inspection in the working group's chat, adds
/// members there by @mention and sees the status card; a member without the role is refused. The bot
/// runs in Development, so the sample List 2026 is seeded and Dilnoza Karimova (the playground's
/// current user) is a ministry lead. Bobur Toshmatov acts through a second playground
/// (<c>tests/playground/takomil.playground.bobur.yml</c>) pointed at the same bot and group chat.
/// Expected texts are written out: they are what the officials read.
/// </summary>
public sealed class InspectionJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string BoburContext = "takomil.playground.bobur.yml";

    [PlaygroundFact]
    public async Task GroupChat_LeadOpensInspectionAndAddsMembers_StatusCardShowsStageGroupAndCompleteness()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var lead = session.Playground;
        await OpenInspectionAsync(lead);

        await lead.MentionBotAsync("qoʻsh @Nigora Yusupova respondent");
        await lead.WaitForTextAsync("Ishchi guruhga qoʻshildi: Nigora Yusupova — Respondent.");
        await lead.ScreenshotAsync("lead-adds-nigora");
        await lead.MentionBotAsync("qoʻsh @Bobur Toshmatov aʼzo");
        await lead.WaitForTextAsync("Ishchi guruhga qoʻshildi: Bobur Toshmatov — Aʼzo.");
        await lead.ScreenshotAsync("lead-adds-bobur");

        await lead.MentionBotAsync("holat");
        // The card shown on opening had no members yet: the newest card naming Nigora is the answer.
        var status = await lead.WaitForCardAsync("Nigora Yusupova");
        await lead.ScreenshotAsync("status-card", includeLogPanel: false, showTopOf: status);
        await lead.ScreenshotAsync("status-card-duties", includeLogPanel: false);

        foreach (var expected in new[]
        {
            "Biometrik pasport berish", "IIV-001 · Ichki ishlar vazirligi",
            "Roʻyxatga kiritilgan (1-bosqich, jami 5)", "30.11.2026", "2026-yil roʻyxati",
            "Ishchi guruh", "Dilnoza Karimova", "Rahbar", "Nigora Yusupova", "Respondent", "Bobur Toshmatov", "Aʼzo",
            "11-band maʼlumotlari: 10 ta boʻlimdan 0 tasi toʻliq",
            "Kim nima qilishi kerak",
        })
        {
            await Assertions.Expect(status).ToContainTextAsync(expected);
        }

        // Nobody else was added.
        await Assertions.Expect(status).Not.ToContainTextAsync("Sergey Pak");
    }

    [PlaygroundFact]
    public async Task GroupChat_MemberWithoutRoleAddsSomeone_RefusedAndGroupUnchanged()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var lead = session.Playground;
        await OpenInspectionAsync(lead);
        await lead.MentionBotAsync("qoʻsh @Bobur Toshmatov aʼzo");
        await lead.WaitForTextAsync("Ishchi guruhga qoʻshildi: Bobur Toshmatov — Aʼzo.");

        var member = await session.OpenPlaygroundAsAsync(BoburContext, "bobur-");
        Assert.Equal("Bobur Toshmatov", member.Context.CurrentUserName);
        await member.OpenGroupChatAsync();

        await member.MentionBotAsync("добавить @Sergey Pak участник");
        await member.WaitForTextAsync("Ваша роль этого не позволяет: добавление участников в рабочую группу.");
        await member.ScreenshotAsync("member-add-refused", includeLogPanel: false);

        await member.MentionBotAsync("yangi DXA-002");
        await member.WaitForTextAsync("Sizning rolingiz bunga ruxsat bermaydi: tekshirish ochish.");
        await member.ScreenshotAsync("member-new-refused");

        // A member may look: the group is as the lead left it.
        await member.MentionBotAsync("holat");
        var status = await member.WaitForCardAsync("Biometrik pasport berish");
        await member.ScreenshotAsync("member-status", showTopOf: status);
        await Assertions.Expect(status).ToContainTextAsync("Bobur Toshmatov");
        await Assertions.Expect(status).ToContainTextAsync("Dilnoza Karimova");
        await Assertions.Expect(status).Not.ToContainTextAsync("Sergey Pak");
        Assert.Equal(1, await member.Cards.Filter(new() { HasText = "Biometrik pasport berish" }).CountAsync());
    }

    /// <summary>The lead, in the group chat, opens the inspection of the biometric passport (IIV-001 of the seeded List).</summary>
    private static async Task OpenInspectionAsync(PlaygroundPage lead)
    {
        await lead.OpenGroupChatAsync();
        await lead.WaitForCardAsync(Welcome.Title());
        await lead.MentionBotAsync("yangi IIV-001");
        await lead.WaitForTextAsync("tekshirish boshlandi, unga siz rahbarlik qilasiz");
        var opened = await lead.WaitForCardAsync("Roʻyxatga kiritilgan (1-bosqich, jami 5)");
        await lead.ScreenshotAsync("lead-opens-inspection", showTopOf: opened);
    }
}
