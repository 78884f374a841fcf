using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;
using Takomil.EndToEnd.Tests.Pages;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue #6 in the Agents Playground: the lead drafts the action plan of the golden sample HOK-014 (seeded in stage
/// Inspecting, led by Dilnoza) in the working group's chat and submits it; Malika, an approver, approves it from her
/// 1:1 card, which updates in place; Bobur, a member but not an approver, replays the Approve click on the shared card
/// and is refused; the lead's shared card shows Malika's approval and nothing of Bobur's. Each person is a playground
/// of their own (<c>tests/playground/takomil.playground.*.yml</c>) pointed at the same bot. Texts are written out.
/// </summary>
public sealed class ApprovalJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string SharedCardTitle = "Chora-tadbirlar rejasini tasdiqlash";
    private const string PlanItemText = "Ikkinchi joyida tekshiruvni bekor qilish: bitta birgalikdagi koʻrik";

    [PlaygroundFact]
    public async Task ApprovalJourney_ApproverApprovesAndNonApproverClicks_CardUpdatedAndClickRefused()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var lead = session.Playground;
        await ChooseUzbekAsync(lead);

        // Malika's playground first: her personal chat is then known to the bot, so her request reaches her client.
        var approver = await session.OpenPlaygroundAsAsync("takomil.playground.malika.yml", "malika-");
        Assert.Equal("Malika Saidova", approver.Context.CurrentUserName);
        await ChooseUzbekAsync(approver);

        await FormWorkingGroupAsync(lead);
        await MarkModelsDraftedAsync(lead);
        var shared = await DraftAndSubmitPlanAsync(lead);

        // Malika: the request in her 1:1 chat, with her buttons; she approves and the card changes in place.
        var request = await approver.WaitForCardAsync(SharedCardTitle, TimeSpan.FromSeconds(30));
        foreach (var expected in new[] { "HOK-014", "ishchi guruh majlisi (25-band) qarori kutilmoqda", "2 tadan 0 ta", PlanItemText, "Malika Saidova", "Sergey Pak" })
        {
            await Assertions.Expect(request).ToContainTextAsync(expected);
        }
        foreach (var button in new[] { "Maʼqullash", "Oʻzgartirish soʻrash", "Rad etish" })
        {
            await Assertions.Expect(request.GetByRole(AriaRole.Button, new() { Name = button, Exact = true })).ToBeVisibleAsync();
        }
        await approver.ScreenshotAsync("approval-request", includeLogPanel: false, showTopOf: request);
        var approveClick = await approver.ClickCardButtonCapturingInvokeAsync("Maʼqullash", request);
        var decided = await approver.WaitForCardAsync("Qaroringiz qayd etildi: Maʼqullash.");
        await Assertions.Expect(decided).ToContainTextAsync("2 tadan 1 ta");
        await Assertions.Expect(decided).ToContainTextAsync("Malika Saidova");
        await Assertions.Expect(decided.GetByRole(AriaRole.Button, new() { Name = "Maʼqullash", Exact = true })).ToHaveCountAsync(0);
        Assert.Equal(1, await approver.Cards.Filter(new() { HasText = SharedCardTitle }).CountAsync());
        await approver.ScreenshotAsync("approved-in-place", includeLogPanel: false, showTopOf: decided);

        // The lead's shared card in the group chat is updated by the bot (PUT) to show Malika's approval.
        await Assertions.Expect(shared).ToContainTextAsync("2 tadan 1 ta", new() { Timeout = 15_000 });
        await Assertions.Expect(shared).ToContainTextAsync("maʼqulladi");
        await lead.ScreenshotAsync("shared-card-shows-malika", includeLogPanel: false, showTopOf: shared);

        // The lead's Refresh gives her, not an approver, the status view: no decision buttons.
        await lead.ClickCardButtonAsync("Yangilash", shared);
        await Assertions.Expect(shared).ToContainTextAsync("2 tadan 1 ta");
        await Assertions.Expect(shared.GetByRole(AriaRole.Button, new() { Name = "Maʼqullash", Exact = true })).ToHaveCountAsync(0);

        // Bobur, a member without the approver role, cannot get the buttons (his view has none), so his client sends
        // Malika's Approve (inspection, stage, version hash) from a card button of his own in the group chat: refused.
        var member = await session.OpenPlaygroundAsAsync("takomil.playground.bobur.yml", "bobur-");
        await ChooseUzbekAsync(member);
        await member.OpenGroupChatAsync();
        await member.MentionBotAsync("reja");
        var memberPlan = await member.WaitForCardAsync("Chora-tadbirlar rejasi");
        await Assertions.Expect(memberPlan).ToContainTextAsync(PlanItemText);
        await member.ClickCardButtonSendingAsync("Yangilash", memberPlan, approveClick["value"]!);
        var refusal = await member.WaitForCardAsync("Siz bu bosqichning maʼqullovchisi emassiz: ishchi guruh majlisi (25-band).");
        // The refusal sits on top of the current state: still one approval of two.
        await Assertions.Expect(refusal).ToContainTextAsync("2 tadan 1 ta");
        await Assertions.Expect(refusal).Not.ToContainTextAsync("Qaroringiz qayd etildi");
        await member.ScreenshotAsync("approve-refused", includeLogPanel: false, showTopOf: refusal);

        // Nothing recorded: the lead's card, refreshed, still shows one approval of two, Malika's only, Sergey pending.
        // Her sixth click (accept, add item, save, submit, refresh, refresh): its answer has replaced the card.
        await lead.ClickCardButtonAsync("Yangilash", shared);
        await lead.WaitForDeliveredAsync("invoke", occurrences: 6);
        await Assertions.Expect(shared).ToContainTextAsync("2 tadan 1 ta");
        await Assertions.Expect(shared).ToContainTextAsync("Kutilmoqda (1)");
        await Assertions.Expect(shared.GetByText("maʼqulladi", new() { Exact = true })).ToHaveCountAsync(1);
        await lead.ScreenshotAsync("shared-card-after-refusal", includeLogPanel: false, showTopOf: shared);
    }

    /// <summary>
    /// In their personal chat the person chooses Uzbek (Latin): the playground's locale is always en-US, and card clicks
    /// carry no command word, so without a choice the bot would answer them in English.
    /// </summary>
    private static async Task ChooseUzbekAsync(PlaygroundPage person)
    {
        await person.WaitForCardAsync(Welcome.Title());
        await person.SendAsync("til uz");
        await person.WaitForTextAsync("endi siz bilan oʻzbek tilida");
    }

    /// <summary>The lead links the group chat to HOK-014 and adds the approvers (Sergey also sits on the Commission).</summary>
    private static async Task FormWorkingGroupAsync(PlaygroundPage lead)
    {
        await lead.OpenGroupChatAsync();
        await lead.WaitForCardAsync(Welcome.Title());
        await lead.MentionBotAsync("bogʻlash HOK-014");
        await lead.WaitForTextAsync("HOK-014");
        await lead.MentionBotAsync("qoʻsh @Malika Saidova tasdiqlovchi");
        await lead.WaitForTextAsync("Ishchi guruhga qoʻshildi: Malika Saidova — Tasdiqlovchi.");
        await lead.MentionBotAsync("qoʻsh @Sergey Pak tasdiqlovchi komissiya");
        await lead.WaitForTextAsync("Ishchi guruhga qoʻshildi: Sergey Pak");
        await lead.ScreenshotAsync("lead-links-and-adds-approvers");
    }

    /// <summary>One accepted measure makes the to-be model; with the seeded facts and as-is model the models are then drafted.</summary>
    private static async Task MarkModelsDraftedAsync(PlaygroundPage lead)
    {
        await lead.MentionBotAsync("tahlil HOK-014");
        var analysis = await lead.WaitForCardAsync("Qabul qilish", TimeSpan.FromSeconds(30));
        await lead.ClickCardButtonAsync("Qabul qilish", analysis);
        await lead.WaitForTextAsync("chora qabul qilindi", TimeSpan.FromSeconds(30));
        await lead.MentionBotAsync("tayyor HOK-014");
        await lead.WaitForTextAsync("Maʼlumotlar va ikkala model tayyor");
        await lead.ScreenshotAsync("models-drafted");
    }

    /// <summary>
    /// The plan card already holds the accepted measure as item 1 (without deadline or executor); the lead completes it
    /// through the form, then submits. Returns the shared approval card posted into the chat.
    /// </summary>
    private static async Task<ILocator> DraftAndSubmitPlanAsync(PlaygroundPage lead)
    {
        await lead.MentionBotAsync("reja");
        var plan = await lead.WaitForCardAsync("Chora-tadbirlar rejasi");
        await Assertions.Expect(plan).Not.ToContainTextAsync("Rejada hali band yoʻq");
        await lead.ScreenshotAsync("plan-from-accepted-measure", includeLogPanel: false, showTopOf: plan);
        await lead.ClickCardButtonAsync("Tahrirlash", plan);

        var form = await lead.WaitForCardAsync("Reja bandini tahrirlash");
        await lead.SelectCardChoiceAsync("Chora-tadbir (6-band)", "b) ortiqcha yoki takroriy tartib-taomillarni bekor qilish", form);
        await lead.FillCardInputAsync("Nima qilinadi", PlanItemText, form);
        await lead.FillCardDateAsync("Muddat", new DateOnly(2026, 12, 20), form);
        await lead.SelectCardChoiceAsync("Masʼul davlat organi", "HOKIMLIK · Tuman hokimligi", form);
        await lead.SelectCardChoiceAsync("Masʼul ijrochi", "Bobur Toshmatov", form);
        await lead.FillCardInputAsync("Kutilayotgan natija", "Arizachi bir marta tashrif buyuradi", form);
        // With the log panel: hiding it re-renders the cards, which would empty the form's inputs.
        await lead.ScreenshotAsync("plan-item-form", showTopOf: form);
        await lead.ClickCardButtonAsync("Saqlash", form);

        var saved = await lead.WaitForCardAsync("Saqlandi. Reja endi");
        await Assertions.Expect(saved).ToContainTextAsync(PlanItemText);
        await Assertions.Expect(saved).ToContainTextAsync("20.12.2026");
        await Assertions.Expect(saved).ToContainTextAsync("Bobur Toshmatov");
        await lead.ScreenshotAsync("plan-saved", includeLogPanel: false, showTopOf: saved);
        await lead.ClickCardButtonAsync("Tasdiqlashga yuborish", saved);

        await lead.WaitForCardAsync("2 nafar maʼqullovchiga shaxsiy chatda soʻrov bordi", TimeSpan.FromSeconds(30));
        var shared = await lead.WaitForCardAsync(SharedCardTitle);
        await Assertions.Expect(shared).ToContainTextAsync("2 tadan 0 ta");
        await Assertions.Expect(shared.GetByRole(AriaRole.Button, new() { Name = "Maʼqullash", Exact = true })).ToHaveCountAsync(0);
        await lead.ScreenshotAsync("plan-submitted-shared-card", includeLogPanel: false, showTopOf: shared);
        return shared;
    }
}
