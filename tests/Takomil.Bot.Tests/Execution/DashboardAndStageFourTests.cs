using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Execution;
using Takomil.Bot.Tests.Execution.Support;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Storage;

namespace Takomil.Bot.Tests.Execution;

/// <summary>The plan dashboard, the stage 4 proposal form and closing stage 4.</summary>
public sealed class DashboardAndStageFourTests(ExecutionHost host) : IClassFixture<ExecutionHost>
{
    [Theory]
    [InlineData("dashboard")]
    [InlineData("dashboard status")]
    [InlineData("ijro")]
    [InlineData("ижро")]
    [InlineData("исполнение")]
    public async Task Dashboard_Lead_ShowsCountsOverdueInRedAndEachExecutor(string command)
    {
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5)).AddDays(-1);
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 2, yesterday);
        host.Connector.Clear();

        await host.PostAsync(From.Says(plan.Lead, command));

        var reply = ReplyTo(plan.Lead);
        var card = ((System.Text.Json.JsonElement)reply.Attachments![0].Content!).GetRawText();
        var text = TestText.Visible(reply);
        Assert.Contains(plan.Executors[0].DisplayName, text, StringComparison.Ordinal);
        Assert.Contains(plan.Executors[1].DisplayName, text, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"attention\"", card, StringComparison.Ordinal);
        Assert.Contains("part 1", text, StringComparison.Ordinal);
        Assert.Contains(ExecutionIds.DashboardVerb, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_English_ShowsStatusCountsAndExecutorShares()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 2);
        var done = new { inspectionId = plan.InspectionId.ToString(), itemId = plan.ItemIds[0].ToString(), status = "Done", evidence = "Order 9" };
        await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, done));
        host.Connector.Clear();

        await host.PostAsync(From.Says(plan.Lead, "dashboard"));

        var text = TestText.Visible(ReplyTo(plan.Lead));
        Assert.Contains("Items (2)", text, StringComparison.Ordinal);
        Assert.Contains($"{plan.Executors[0].DisplayName}: 1 of 1 done, 0 open", text, StringComparison.Ordinal);
        Assert.Contains($"{plan.Executors[1].DisplayName}: 0 of 1 done, 1 open", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue items", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Executor_IsNotShown()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        host.Connector.Clear();

        await host.PostAsync(From.Says(plan.Executors[0], "dashboard"));

        var reply = ReplyTo(plan.Executors[0]);
        Assert.Contains("Only the inspection's lead and the Ministry", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task ProposalForm_ExecutorInStageFour_ShowsTheShortForm()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 2, needsInformationSystem: true);

        var (type, card) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.ProposalFormVerb, new { inspectionId = plan.InspectionId.ToString() })));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        var raw = card.GetRawText();
        foreach (var id in new[] { ExecutionIds.SystemNameInput, ExecutionIds.PurposeInput, ExecutionIds.AgencyInput, ExecutionIds.RelatedItemsInput, ExecutionIds.CostInput, ExecutionIds.PriorityInput })
        {
            Assert.Contains($"\"id\":\"{id}\"", raw, StringComparison.Ordinal);
        }
        Assert.Contains(plan.ItemIds[1].ToString(), raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitProposal_ValidForm_IsStoredAuditedAndListedOnTheDashboard()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 2, needsInformationSystem: true);
        var form = new
        {
            inspectionId = plan.InspectionId.ToString(),
            systemName = "Cadastre exchange gateway",
            purpose = "Lets the registry request cadastre extracts itself",
            agency = "Cadastre agency",
            relatedItems = $"{plan.ItemIds[0]},{plan.ItemIds[1]}",
            estimatedCost = "120.5",
            priority = "High",
        };

        var (type, card) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.SubmitProposalVerb, form)));
        host.Connector.Clear();
        await host.PostAsync(From.Says(plan.Lead, "dashboard"));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        Assert.Contains("recorded", TestText.Visible(card), StringComparison.Ordinal);
        var stored = Assert.Single(await Proposals(plan));
        Assert.Equal("Cadastre exchange gateway", stored.SystemName);
        Assert.Equal(120.5m, stored.EstimatedCost);
        Assert.Equal(IctPriority.High, stored.Priority);
        Assert.Equal(2, stored.RelatedItemIds.Count);
        Assert.Contains("ict.proposal.submit", await host.AuditActionsAsync(plan.InspectionId));
        var dashboard = TestText.Visible(ReplyTo(plan.Lead));
        Assert.Contains("Cadastre exchange gateway", dashboard, StringComparison.Ordinal);
        Assert.Contains("proposals (1)", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitProposal_ItemOfAnotherPlanOrMissingFields_IsRefusedOnTheFormAndNothingStored()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1, needsInformationSystem: true);
        var other = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1);
        var answers = new List<(string Type, System.Text.Json.JsonElement Value)>();
        foreach (var form in new object[]
        {
            new { inspectionId = plan.InspectionId.ToString(), systemName = "X", purpose = "Y", agency = "Z", relatedItems = other.ItemIds[0].ToString(), estimatedCost = "1", priority = "Low" },
            new { inspectionId = plan.InspectionId.ToString(), systemName = "X", purpose = "Y", agency = "Z", relatedItems = plan.ItemIds[0].ToString(), estimatedCost = "-5", priority = "Low" },
            new { inspectionId = plan.InspectionId.ToString(), systemName = "", purpose = "Y", agency = "Z", relatedItems = plan.ItemIds[0].ToString(), estimatedCost = "1", priority = "Low" },
            new { inspectionId = plan.InspectionId.ToString(), systemName = "X", purpose = "Y", agency = "Z", relatedItems = plan.ItemIds[0].ToString(), estimatedCost = "1", priority = "0" },
        })
        {
            answers.Add(From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.SubmitProposalVerb, form))));
        }

        Assert.All(answers, a => Assert.Equal(ContentTypes.AdaptiveCard, a.Type));
        Assert.All(answers, a => Assert.Contains("\"style\":\"attention\"", a.Value.GetRawText(), StringComparison.Ordinal));
        Assert.Empty(await Proposals(plan));
    }

    [Fact]
    public async Task FinishStageFour_LeadWithLetter_MovesToExecutingThroughStageFourAndAuditsBoth()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1, needsInformationSystem: true);
        var data = new { inspectionId = plan.InspectionId.ToString(), letterRef = "No. 01-12/345", letterDate = "2041-01-15" };

        var (type, card) = From.Answer(await host.PostAsync(From.Clicks(plan.Lead, ExecutionIds.FinishIctVerb, data)));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        Assert.Contains("Stage 5 started", TestText.Visible(card), StringComparison.Ordinal);
        var inspection = await host.InspectionAsync(plan.InspectionId);
        Assert.Equal(InspectionStage.Executing, inspection.Stage);
        Assert.Equal([InspectionTrigger.SubmitIctProposals, InspectionTrigger.StartExecution], inspection.History.TakeLast(2).Select(h => h.Trigger));
        Assert.Equal("No. 01-12/345", inspection.History[^2].Decision?.Reference);
        var audit = await host.AuditActionsAsync(plan.InspectionId);
        Assert.Equal(["inspection.submit_ict_proposals", "inspection.start_execution"], audit.TakeLast(2));
    }

    [Fact]
    public async Task FinishStageFour_WithoutLetter_AsksForItAndStaysInStageThree()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1, needsInformationSystem: true);

        var (type, value) = From.Answer(await host.PostAsync(From.Clicks(plan.Lead, ExecutionIds.FinishIctVerb, new { inspectionId = plan.InspectionId.ToString() })));

        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Contains("number and date of the letter", value.GetString(), StringComparison.Ordinal);
        Assert.Equal(InspectionStage.PlanApprovedByCommission, (await host.InspectionAsync(plan.InspectionId)).Stage);
    }

    [Fact]
    public async Task FinishStageFour_ByExecutor_IsRefused()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1, needsInformationSystem: true);
        var data = new { inspectionId = plan.InspectionId.ToString(), letterRef = "No. 1", letterDate = "2041-01-15" };

        var (type, _) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.FinishIctVerb, data)));

        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Equal(InspectionStage.PlanApprovedByCommission, (await host.InspectionAsync(plan.InspectionId)).Stage);
    }

    [Fact]
    public async Task FinishStageFour_NoSystemsNeeded_StartsExecutionWithoutALetter()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1);

        var (type, _) = From.Answer(await host.PostAsync(From.Clicks(plan.Lead, ExecutionIds.FinishIctVerb, new { inspectionId = plan.InspectionId.ToString() })));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        var inspection = await host.InspectionAsync(plan.InspectionId);
        Assert.Equal(InspectionStage.Executing, inspection.Stage);
        Assert.Equal(InspectionTrigger.StartExecution, inspection.History[^1].Trigger);
    }

    private Task<List<IctProposal>> Proposals(SeededPlan plan) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<TakomilDbContext>().IctProposals.AsNoTracking().Where(p => p.InspectionId == plan.InspectionId).ToListAsync());

    /// <summary>
    /// The one message the bot sent this person. Tests of this class share the host, and executor notices of other
    /// tests' plans may be delivered by the outbox meanwhile: only what reached this person counts.
    /// </summary>
    private Activity ReplyTo(Domain.Agencies.Official person) =>
        Assert.Single(host.Connector.Sent, a => a.Conversation?.Id == "a:personal-" + person.TeamsUserId);
}
