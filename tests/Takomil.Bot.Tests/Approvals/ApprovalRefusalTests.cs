using System.Text.Json;
using Takomil.Bot.Tests.Approvals.Support;
using Takomil.Bot.Tests.Inspections.Support;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Tests.Approvals;

/// <summary>Clicks that must not become decisions: the wrong person, an outdated version, tampered or foreign card data.</summary>
public sealed class ApprovalRefusalTests(InspectionsHost host) : ApprovalTestBase(host)
{
    private static readonly Person A1 = ApprovalWorld.Approver(1);
    private static readonly Person C1 = ApprovalWorld.Approver(3);

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The inspection of <paramref name="code"/> submitted for approval (made once per host), its group card and A1's Approve data.</summary>
    private async Task<(Guid Id, string GroupCard, JsonElement Approve)> SubmittedAsync(Chat chat, string code)
    {
        await Gate.WaitAsync();
        try
        {
            var id = (await InspectionOfAsync(code))?.Id;
            if (id is null)
            {
                id = await ApprovalWorld.ReadyAsync(Services, code, chat, [A1], [C1]);
                await SubmitAsync(chat);
            }
            var groupCard = (await PostedCardsAsync(id.Value)).Single(c => c.UserId is null).ActivityId;
            var approve = DataOf(CardOf(await ClickAsync(Execute(chat, A1, V.Refresh, new { inspectionId = id.ToString() }, groupCard))), V.Approve)!.Value;
            Host.Connector.Clear();
            return (id.Value, groupCard, approve);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static JsonElement With(JsonElement data, string key, string value)
    {
        var map = data.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        map[key] = value;
        return JsonSerializer.SerializeToElement(map);
    }

    [Fact]
    public async Task Approve_ByMemberWhoIsNotAnApprover_IsRefusedAndNothingIsRecorded()
    {
        var chat = Chat.Group("refuse-member");
        var (id, card, approve) = await SubmittedAsync(chat, "DXA-001");

        var response = CardOf(await ClickAsync(Execute(chat, Person.Bobur, V.Approve, approve, card)));

        Assert.Contains("You are not an approver of this stage: working group meeting (p. 25).", Visible(response), StringComparison.Ordinal);
        Assert.Empty((await ProcessAsync(id)).Decisions);
        Assert.Empty(Host.Connector.Updated);
    }

    [Fact]
    public async Task Approve_OnOutdatedVersion_IsRefusedNamingTheCurrentOne()
    {
        var chat = Chat.Group("refuse-outdated");
        var (id, card, approve) = await SubmittedAsync(chat, "DXA-002");
        await ApprovalWorld.ChangePlanAsync(Services, id, "Get the extract through the interagency system");
        var current = (await InspectionOfAsync("DXA-002"))!.CurrentPlan;

        var response = CardOf(await ClickAsync(Execute(chat, A1, V.Approve, approve, card)));

        Assert.Contains($"This card shows an older version of the plan; the current one is {current.Label}.", Visible(response), StringComparison.Ordinal);
        Assert.Contains($"The plan changed after it was submitted (now {current.Label})", Visible(response), StringComparison.Ordinal);
        Assert.Empty((await ProcessAsync(id)).Decisions);
    }

    [Theory]
    [InlineData("inspectionId", "not-a-guid")]
    [InlineData("inspectionId", "0b9f0c55-7c1e-4a0e-9d7e-000000000000")]
    [InlineData("hash", "4f2a9c1e")]
    [InlineData("stage", "3")]
    [InlineData("stage", "Everyone")]
    public async Task Approve_WithTamperedIds_IsARefusalCardNeverADecision(string key, string value)
    {
        var chat = Chat.Group("refuse-tampered");
        var (id, _, approve) = await SubmittedAsync(chat, "ADL-002");

        var response = await ClickAsync(Execute(chat, A1, V.Approve, With(approve, key, value), "not-a-posted-card"));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Contains("Not possible", Visible(CardOf(response)), StringComparison.Ordinal);
        Assert.Empty((await ProcessAsync(id)).Decisions);
    }

    [Fact]
    public async Task Approve_WithAWrongHashOfTheRightLength_IsRefusedAsOutdated()
    {
        var chat = Chat.Group("refuse-hash");
        var (id, card, approve) = await SubmittedAsync(chat, "SOL-002");

        var response = CardOf(await ClickAsync(Execute(chat, A1, V.Approve, With(approve, "hash", new string('a', 64)), card)));

        Assert.Contains("older version of the plan", Visible(response), StringComparison.Ordinal);
        Assert.Empty((await ProcessAsync(id)).Decisions);
    }

    [Fact]
    public async Task Approve_OnOneInspectionsCardWithAnothersIds_IsRefusedAsMismatch()
    {
        var first = Chat.Group("refuse-foreign-1");
        var second = Chat.Group("refuse-foreign-2");
        var (firstId, firstCard, _) = await SubmittedAsync(first, "KAD-001");
        var (secondId, _, secondApprove) = await SubmittedAsync(second, "SOL-001");

        var response = CardOf(await ClickAsync(Execute(first, A1, V.Approve, secondApprove, firstCard)));

        Assert.Contains("This card does not match the approval it was posted for.", Visible(response), StringComparison.Ordinal);
        Assert.Empty((await ProcessAsync(firstId)).Decisions);
        Assert.Empty((await ProcessAsync(secondId)).Decisions);
    }
}
