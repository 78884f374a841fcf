using System.Text.Json;
using Takomil.Bot.Approvals;
using Takomil.Bot.Tests.Approvals.Support;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Tests.Approvals;

/// <summary>
/// The approval as Teams drives it: submit from the plan card, 1:1 requests and the group card, per-user refresh
/// views, decisions that update the shared card, the stage moves through the state machine.
/// </summary>
public sealed class ApprovalFlowTests(InspectionsHost host) : ApprovalTestBase(host)
{
    private static readonly Person A1 = ApprovalWorld.Approver(1);
    private static readonly Person A2 = ApprovalWorld.Approver(2);
    private static readonly Person C1 = ApprovalWorld.Approver(3);

    [Fact]
    public async Task Submit_SendsEachApproverTheirViewOneToOne_AndTheGroupTheLiveCard()
    {
        // People the bot has never written to: their 1:1 chats are opened now.
        var (n1, n2) = (ApprovalWorld.Approver(11), ApprovalWorld.Approver(12));
        var chat = Chat.Group("appr-submit");
        var id = await ApprovalWorld.ReadyAsync(Services, "DXA-001", chat, [n1, n2], [C1]);

        var response = await SubmitAsync(chat);

        Assert.Contains("submitted to the working group; 2 approver(s)", Visible(CardOf(response)), StringComparison.Ordinal);
        Assert.Equal(2, Host.Connector.Created.Count);
        var personal = Host.Connector.Sent.Where(a => a.Conversation!.Id!.StartsWith("conv-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, personal.Count);
        Assert.All(personal, p => Assert.NotNull(DataOf(CardOfActivity(p), V.Approve)));
        var group = Assert.Single(Host.Connector.Sent, a => a.Conversation!.Id == chat.ConversationId);
        var card = CardOfActivity(group);
        Assert.Null(DataOf(card, V.Approve));
        var refresh = card.GetProperty("refresh");
        Assert.Equal(V.Refresh, refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal([n1.Id, n2.Id], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).Order());
        var stamp = (await InspectionOfAsync("DXA-001"))!.CurrentPlan;
        Assert.Contains(stamp.Label, Visible(card), StringComparison.Ordinal);
        Assert.Equal(stamp.Hash, refresh.GetProperty("action").GetProperty("data").GetProperty("hash").GetString());
        Assert.Equal(3, (await PostedCardsAsync(id)).Count);
        Assert.Equal(1, await AuditCountAsync("approval.submit", id));
    }

    [Fact]
    public async Task Refresh_ApproverSeesButtons_OthersSeeTheStatus()
    {
        var chat = Chat.Group("appr-refresh");
        var id = await ApprovalWorld.ReadyAsync(Services, "DXA-002", chat, [A1, A2], [C1]);
        await SubmitAsync(chat);
        var groupCard = (await PostedCardsAsync(id)).Single(c => c.UserId is null).ActivityId;
        var data = new { inspectionId = id.ToString() };

        var approverView = CardOf(await ClickAsync(Execute(chat, A1, V.Refresh, data, groupCard)));
        var memberView = CardOf(await ClickAsync(Execute(chat, Person.Bobur, V.Refresh, data, groupCard)));
        var commissionerView = CardOf(await ClickAsync(Execute(chat, C1, V.Refresh, data, groupCard)));

        Assert.NotNull(DataOf(approverView, V.Approve));
        Assert.NotNull(DataOf(approverView, V.Reject));
        Assert.NotNull(DataOf(approverView, V.RequestChanges));
        Assert.Null(DataOf(memberView, V.Approve));
        Assert.Contains("Waiting for (2)", Visible(memberView), StringComparison.Ordinal);
        Assert.Contains("Approver 01, Approver 02", Visible(memberView), StringComparison.Ordinal);
        Assert.Null(DataOf(commissionerView, V.Approve));
        Assert.Empty(Host.Connector.Updated);
    }

    [Fact]
    public async Task Approve_ByEveryApprover_UpdatesTheSharedCard_EndorsesAndAsksTheCommission_WhoApproves()
    {
        var chat = Chat.Group("appr-approve");
        var id = await ApprovalWorld.ReadyAsync(Services, "ADL-001", chat, [A1, A2], [C1]);
        await SubmitAsync(chat);
        var groupCard = (await PostedCardsAsync(id)).Single(c => c.UserId is null).ActivityId;
        var view = CardOf(await ClickAsync(Execute(chat, A1, V.Refresh, new { inspectionId = id.ToString() }, groupCard)));
        var approve = DataOf(view, V.Approve)!.Value;

        Host.Connector.Clear();
        var first = CardOf(await ClickAsync(Execute(chat, A1, V.Approve, approve, groupCard)));

        Assert.Contains("Your decision is recorded: Approve.", Visible(first), StringComparison.Ordinal);
        Assert.Contains("1 of 2", Visible(first), StringComparison.Ordinal);
        var (sharedId, sharedUpdate) = Assert.Single(Host.Connector.Updated);
        Assert.Equal(groupCard, sharedId);
        Assert.Contains("1 of 2", Visible(sharedUpdate), StringComparison.Ordinal);
        Assert.Null(DataOf(CardOfActivity(sharedUpdate), V.Approve));
        var a2Card = (await PostedCardsAsync(id)).Single(c => c.UserId == A2.Id);
        var personalA2 = Chat.PersonalOf(A2) with { ConversationId = a2Card.ConversationId };
        Host.Connector.Clear();
        var second = CardOf(await ClickAsync(Execute(personalA2, A2, V.Approve, approve, a2Card.ActivityId)));

        Assert.Contains("The working group endorsed the plan", Visible(second), StringComparison.Ordinal);
        var updated = Host.Connector.Updated.Select(u => u.ActivityId).ToList();
        Assert.Contains(groupCard, updated);
        Assert.DoesNotContain(a2Card.ActivityId, updated);
        var shared = Host.Connector.Updated.First(u => u.ActivityId == groupCard).Activity;
        Assert.Contains("Approver 01", Visible(shared), StringComparison.Ordinal);
        Assert.Equal(InspectionStage.PlanEndorsedByWorkingGroup, (await InspectionOfAsync("ADL-001"))!.Stage);
        var commissionRequest = Assert.Single(Host.Connector.Sent);
        Assert.NotNull(DataOf(CardOfActivity(commissionRequest), V.Approve));

        var commissionData = DataOf(CardOfActivity(commissionRequest), V.Approve)!.Value;
        Assert.Equal("Commission", commissionData.GetProperty("stage").GetString());
        var c1Card = (await PostedCardsAsync(id)).Single(c => c.UserId == C1.Id);
        var approved = CardOf(await ClickAsync(Execute(Chat.PersonalOf(C1) with { ConversationId = c1Card.ConversationId }, C1, V.Approve, commissionData, c1Card.ActivityId)));

        Assert.Contains("The action plan is approved.", Visible(approved), StringComparison.Ordinal);
        var stored = (await InspectionOfAsync("ADL-001"))!;
        Assert.Equal(InspectionStage.PlanApprovedByCommission, stored.Stage);
        Assert.Equal([InspectionTrigger.EndorsePlan, InspectionTrigger.ApprovePlan], stored.History.TakeLast(2).Select(h => h.Trigger));
        var process = await ProcessAsync(id);
        Assert.Equal((ApprovalState.Approved, 3), (process.State, process.Decisions.Count));
        // The executors' notices start now: the approval is announced once, and only on approval.
        Assert.Equal(1, Host.ApprovedPlans.Approved.Count(x => x == id));
    }

    [Fact]
    public async Task Approve_Twice_IsOneDecisionAnsweredWithTheCurrentState()
    {
        var chat = Chat.Group("appr-twice");
        var id = await ApprovalWorld.ReadyAsync(Services, "ADL-002", chat, [A1, A2], [C1]);
        await SubmitAsync(chat);
        var groupCard = (await PostedCardsAsync(id)).Single(c => c.UserId is null).ActivityId;
        var approve = DataOf(CardOf(await ClickAsync(Execute(chat, A1, V.Refresh, new { inspectionId = id.ToString() }, groupCard))), V.Approve)!.Value;
        var before = await AuditCountAsync("approval.decide", id);

        await ClickAsync(Execute(chat, A1, V.Approve, approve, groupCard));
        Host.Connector.Clear();
        var again = CardOf(await ClickAsync(Execute(chat, A1, V.Approve, approve, groupCard)));

        Assert.Contains("You already decided on this version: Approve. Nothing changed.", Visible(again), StringComparison.Ordinal);
        Assert.Single((await ProcessAsync(id)).Decisions);
        Assert.Equal(before + 1, await AuditCountAsync("approval.decide", id));
        Assert.Empty(Host.Connector.Updated);
    }

    [Fact]
    public async Task RequestChanges_WithoutComment_IsRefused_WithComment_ReturnsThePlan()
    {
        var chat = Chat.Group("appr-changes");
        var id = await ApprovalWorld.ReadyAsync(Services, "IIV-001", chat, [A1, A2], [C1]);
        await SubmitAsync(chat);
        var groupCard = (await PostedCardsAsync(id)).Single(c => c.UserId is null).ActivityId;
        var data = DataOf(CardOf(await ClickAsync(Execute(chat, A2, V.Refresh, new { inspectionId = id.ToString() }, groupCard))), V.RequestChanges)!.Value;

        var refused = CardOf(await ClickAsync(Execute(chat, A2, V.RequestChanges, data, groupCard)));
        var withComment = JsonSerializer.SerializeToElement(new
        {
            inspectionId = data.GetProperty("inspectionId").GetString(),
            stage = data.GetProperty("stage").GetString(),
            hash = data.GetProperty("hash").GetString(),
            comment = "Item 1 needs a **deadline** in 2026",
        });
        var returned = CardOf(await ClickAsync(Execute(chat, A2, V.RequestChanges, withComment, groupCard)));

        Assert.Contains("Write a comment to reject or request changes.", Visible(refused), StringComparison.Ordinal);
        Assert.Contains("The plan goes back for changes.", Visible(returned), StringComparison.Ordinal);
        Assert.Contains("asked for changes: Item 1 needs a \\*\\*deadline\\*\\* in 2026", Visible(returned), StringComparison.Ordinal);
        var process = await ProcessAsync(id);
        Assert.Equal(ApprovalState.Drafting, process.State);
        Assert.Equal(InspectionStage.ModelsDrafted, (await InspectionOfAsync("IIV-001"))!.Stage);
        var resubmit = await SubmitAsync(chat);
        Assert.Contains("was returned; change the plan before submitting again", Visible(CardOf(resubmit)), StringComparison.Ordinal);
    }
}
