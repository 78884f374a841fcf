using System.Text.Json;
using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Tests.Approvals.Support;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Tests.Approvals;

/// <summary>The <c>plan</c> command and the plan cards: items added, edited and removed as new versions; approvers and rules.</summary>
public sealed class PlanCardTests(InspectionsHost host) : ApprovalTestBase(host)
{
    private static readonly Person A1 = ApprovalWorld.Approver(1);
    private static readonly Person C1 = ApprovalWorld.Approver(3);

    [Theory]
    [InlineData("plan", "en-US", "Action plan")]
    [InlineData("reja", "uz-Latn-UZ", "Chora-tadbirlar rejasi")]
    [InlineData("режа", "uz-Cyrl-UZ", "Чора-тадбирлар режаси")]
    [InlineData("план", "ru-RU", "План мероприятий")]
    public async Task Plan_InTheLinkedChat_InEachLanguage_ShowsThePlanCard(string word, string locale, string title)
    {
        var chat = Chat.Group("plan-words");
        var inspection = await InspectionOfAsync("DXA-001");
        if (inspection is null) await ApprovalWorld.ReadyAsync(Services, "DXA-001", chat, [A1], [C1]);
        inspection = await InspectionOfAsync("DXA-001");

        var reply = await AskAsync(chat.Say(Person.Bobur, word, locale));

        var text = Visible(reply);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(inspection!.CurrentPlan.Label, text, StringComparison.Ordinal);
        Assert.Contains("Get the cadastre extract by interagency request", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_InPersonalChatWithoutCode_ExplainsHow()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "plan"));
        Assert.StartsWith("Name the service", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddItem_ThroughTheForm_MakesANewVersion_GrantsTheExecutorRole_AndIsAudited()
    {
        var chat = Chat.Group("plan-add");
        var id = await ApprovalWorld.ReadyAsync(Services, "DXA-002", chat, [A1], [C1]);
        var before = (await InspectionOfAsync("DXA-002"))!;
        var plan = CardOfActivity(await AskAsync(chat.Say(Person.Dilnoza, "plan")));
        var add = plan.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("verb").GetString() == V.PlanItemEdit).GetProperty("data");
        Assert.False(add.TryGetProperty(V.ItemIdKey, out _));
        var form = CardOf(await ClickAsync(Execute(chat, Person.Dilnoza, V.PlanItemEdit, add, "plan-card")));
        Assert.Contains("New plan item", Visible(form), StringComparison.Ordinal);
        var save = DataOf(form, V.PlanItemSave)!.Value;
        var bobur = before.Members.Single(m => m.Roles.SequenceEqual([WorkingGroupRole.Member])).OfficialId;
        var inputs = Merge(save, new Dictionary<string, string>
        {
            [PlanItemCard.MeasureInput] = "c",
            [PlanItemCard.DescriptionInput] = "Cut the registration term to 3 working days",
            [PlanItemCard.OrderInput] = "2",
            [PlanItemCard.DependsOnInput] = before.PlanItems[0].Id.ToString(),
            [PlanItemCard.DeadlineInput] = "2027-05-01",
            [PlanItemCard.ExecutorInput] = bobur.ToString(),
            [PlanItemCard.EffectInput] = "3 days instead of 15",
            [PlanItemCard.InformationSystemInput] = "true",
        });

        var saved = CardOf(await ClickAsync(Execute(chat, Person.Dilnoza, V.PlanItemSave, inputs, "plan-card")));

        var after = (await InspectionOfAsync("DXA-002"))!;
        Assert.Contains($"Saved. The plan is now {after.CurrentPlan.Label}.", Visible(saved), StringComparison.Ordinal);
        Assert.Equal(before.PlanRevision + 1, after.PlanRevision);
        var item = after.PlanItems.Single(i => i.Order == 2);
        Assert.Equal((Measure.SetOrCutTimeLimits, new DateOnly(2027, 5, 1), bobur, "3 days instead of 15", true),
            (item.Measure, item.Deadline!.Value, item.ExecutorId!.Value, item.ExpectedEffect, item.RequiresInformationSystem));
        Assert.Equal([before.PlanItems[0].Id], item.Dependencies);
        Assert.Contains(WorkingGroupRole.Executor, after.FindMember(bobur)!.Roles);
        Assert.Equal(1, await AuditCountAsync("plan.item.put", id));
    }

    [Fact]
    public async Task EditAndRemove_OnAnOutdatedCard_AreRefused_OnTheCurrentOne_Work()
    {
        var chat = Chat.Group("plan-edit");
        await ApprovalWorld.ReadyAsync(Services, "ADL-001", chat, [A1], [C1]);
        var plan = CardOfActivity(await AskAsync(chat.Say(Person.Dilnoza, "plan")));
        var remove = DataOf(plan, V.PlanItemRemove)!.Value;
        var stored = (await InspectionOfAsync("ADL-001"))!;
        await ApprovalWorld.ChangePlanAsync(Services, stored.Id, "Changed by someone else");

        var outdated = CardOf(await ClickAsync(Execute(chat, Person.Dilnoza, V.PlanItemRemove, remove, "plan-card")));
        Assert.Contains("older version of the plan", Visible(outdated), StringComparison.Ordinal);
        Assert.Single((await InspectionOfAsync("ADL-001"))!.PlanItems);

        var fresh = DataOf(outdated, V.PlanItemRemove)!.Value;
        var removed = CardOf(await ClickAsync(Execute(chat, Person.Dilnoza, V.PlanItemRemove, fresh, "plan-card")));

        Assert.Contains("Item removed.", Visible(removed), StringComparison.Ordinal);
        Assert.Empty((await InspectionOfAsync("ADL-001"))!.PlanItems);
    }

    [Fact]
    public async Task EditForm_ByInterviewee_IsRefused()
    {
        var chat = Chat.Group("plan-interviewee");
        var id = await ApprovalWorld.ReadyAsync(Services, "ADL-002", chat, [A1], [C1]);

        var response = CardOf(await ClickAsync(Execute(chat, Person.Nigora, V.PlanItemEdit, new { inspectionId = id.ToString() }, "plan-card")));

        Assert.Contains("Your role does not allow this", Visible(response), StringComparison.Ordinal);
        Assert.Null(DataOf(response, V.PlanItemSave));
    }

    [Fact]
    public async Task Settings_SavedByTheLead_GrantRolesAndRules_OthersAreRefused()
    {
        var chat = Chat.Group("plan-settings");
        var id = await ApprovalWorld.ReadyAsync(Services, "IIV-001", chat, [A1], [C1]);
        var inspection = (await InspectionOfAsync("IIV-001"))!;
        var bobur = inspection.Members.Single(m => m.Roles.SequenceEqual([WorkingGroupRole.Member])).OfficialId;
        var a1 = inspection.Members.Single(m => m.Roles.SequenceEqual([WorkingGroupRole.Approver])).OfficialId;
        var c1 = inspection.Members.Single(m => m.Roles.SequenceEqual([WorkingGroupRole.CommissionMember])).OfficialId;
        var refused = CardOf(await ClickAsync(Execute(chat, Person.Bobur, V.Settings, new { inspectionId = id.ToString() }, "plan-card")));
        Assert.Contains("Only the lead of the working group may do this.", Visible(refused), StringComparison.Ordinal);
        var form = CardOf(await ClickAsync(Execute(chat, Person.Dilnoza, V.Settings, new { inspectionId = id.ToString() }, "plan-card")));
        var inputs = Merge(DataOf(form, V.SettingsSave)!.Value, new Dictionary<string, string>
        {
            [ApprovalSettingsCard.ApproversInput(ApprovalStage.WorkingGroup)] = $"{a1},{bobur}",
            [ApprovalSettingsCard.RuleInput(ApprovalStage.WorkingGroup)] = nameof(ApprovalRule.Majority),
            [ApprovalSettingsCard.ApproversInput(ApprovalStage.Commission)] = c1.ToString(),
            [ApprovalSettingsCard.RuleInput(ApprovalStage.Commission)] = nameof(ApprovalRule.Everyone),
        });

        var saved = CardOf(await ClickAsync(Execute(chat, Person.Dilnoza, V.SettingsSave, inputs, "plan-card")));

        Assert.Contains("Approvers and rules saved.", Visible(saved), StringComparison.Ordinal);
        var process = await ProcessAsync(id);
        Assert.Equal((ApprovalRule.Majority, ApprovalRule.Everyone), (process.WorkingGroupRule, process.CommissionRule));
        Assert.Equal(new[] { a1, bobur }.Order(), process.ApproversOf(ApprovalStage.WorkingGroup).Order());
        Assert.Contains(WorkingGroupRole.Approver, (await InspectionOfAsync("IIV-001"))!.FindMember(bobur)!.Roles);
    }

    [Fact]
    public async Task ExecutorByMention_NewPersonJoinsAsExecutor_AMemberWithoutTheRightIsRefused()
    {
        var chat = Chat.Group("plan-mention");
        var id = await ApprovalWorld.ReadyAsync(Services, "IIV-002", chat, [A1], [C1]);

        var refused = await AskAsync(chat.Say(Person.Bobur, $"plan 1 {Person.Olim.At}", mentions: Person.Olim));
        var reply = await AskAsync(chat.Say(Person.Dilnoza, $"plan 1 {Person.Olim.At}", mentions: Person.Olim));

        Assert.Equal("Your role does not allow this: adding members to the working group.", refused.Text);
        Assert.Contains("Executor of item 1: Olim Qodirov.", Visible(reply), StringComparison.Ordinal);
        var stored = (await InspectionOfAsync("IIV-002"))!;
        var olim = stored.Members.Single(m => m.Roles.SequenceEqual([WorkingGroupRole.Executor]) && m.OfficialId != stored.PlanItems[0].Provenance.OfficialId
            && stored.PlanItems[0].ExecutorId == m.OfficialId);
        Assert.Equal(olim.OfficialId, stored.PlanItems[0].ExecutorId);
        Assert.Equal(1, await AuditCountAsync("plan.item.executor", id));
    }

    private static JsonElement Merge(JsonElement data, Dictionary<string, string> inputs)
    {
        var map = data.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        foreach (var (key, value) in inputs) map[key] = value;
        return JsonSerializer.SerializeToElement(map);
    }
}
