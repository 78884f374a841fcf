using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Takomil.Bot.Execution;
using Takomil.Bot.Execution.Scheduling;
using Takomil.Bot.Tests.Execution.Support;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Execution;

/// <summary>Executors report progress on their items from the card; the domain decides who may.</summary>
public sealed class ItemUpdateTests(ExecutionHost host) : IClassFixture<ExecutionHost>
{
    private static object Data(SeededPlan plan, int item, string status) =>
        new { inspectionId = plan.InspectionId.ToString(), itemId = plan.ItemIds[item].ToString(), status };

    [Fact]
    public async Task UpdateItem_DoneByAssignedExecutorWithEvidence_SavesAuditsAndShowsItem()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 2);
        var data = new { inspectionId = plan.InspectionId.ToString(), itemId = plan.ItemIds[0].ToString(), status = "Done", evidence = "Order No. 5 of 01.02.2041" };

        var (type, value) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, data)));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        var shown = TestText.Visible(value);
        Assert.Contains("Saved: **Done**", shown, StringComparison.Ordinal);
        Assert.Contains("Order No. 5 of 01.02.2041", shown, StringComparison.Ordinal);
        var item = (await host.InspectionAsync(plan.InspectionId)).PlanItems.Single(i => i.Id == plan.ItemIds[0]);
        Assert.Equal(PlanItemStatus.Done, item.Status);
        Assert.Equal("Order No. 5 of 01.02.2041", item.StatusNote);
        Assert.Contains("plan.item.update", await host.AuditActionsAsync(plan.InspectionId));
    }

    [Fact]
    public async Task UpdateItem_BlockedWithReasonByLead_Saves()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        var data = new { inspectionId = plan.InspectionId.ToString(), itemId = plan.ItemIds[0].ToString(), status = "Blocked", reason = "Waiting for the law change" };

        var (type, _) = From.Answer(await host.PostAsync(From.Clicks(plan.Lead, ExecutionIds.UpdateItemVerb, data)));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        var item = (await host.InspectionAsync(plan.InspectionId)).PlanItems.Single();
        Assert.Equal(PlanItemStatus.Blocked, item.Status);
    }

    [Fact]
    public async Task UpdateItem_ByAnotherExecutor_IsRefusedAndNothingChanges()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 2);

        var (type, value) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[1], ExecutionIds.UpdateItemVerb, Data(plan, 0, "InProgress"))));

        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Contains("executor", value.GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.All((await host.InspectionAsync(plan.InspectionId)).PlanItems, i => Assert.Equal(PlanItemStatus.Planned, i.Status));
        Assert.DoesNotContain("plan.item.update", await host.AuditActionsAsync(plan.InspectionId));
    }

    [Theory]
    [InlineData("Dropped")]
    [InlineData("Planned")]
    [InlineData("2")]
    [InlineData("Done,Blocked")]
    public async Task UpdateItem_TamperedStatus_IsRefusedAsInvalidCard(string status)
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        var data = new { inspectionId = plan.InspectionId.ToString(), itemId = plan.ItemIds[0].ToString(), status, evidence = "x", reason = "x" };

        var (type, value) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, data)));

        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Contains("out of date or was altered", value.GetString(), StringComparison.Ordinal);
        Assert.Equal(PlanItemStatus.Planned, (await host.InspectionAsync(plan.InspectionId)).PlanItems.Single().Status);
    }

    [Fact]
    public async Task UpdateItem_TamperedIds_AreRefusedAsInvalidCard()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        var other = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        var answers = new List<string?>();
        foreach (var data in new object[]
        {
            new { inspectionId = "not-a-guid", itemId = plan.ItemIds[0].ToString(), status = "InProgress" },
            new { inspectionId = plan.InspectionId.ToString(), itemId = "'; drop table", status = "InProgress" },
            new { inspectionId = Guid.NewGuid().ToString(), itemId = plan.ItemIds[0].ToString(), status = "InProgress" },
        })
        {
            answers.Add(From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, data))).Value.GetString());
        }
        // Another inspection's item under this inspection's id: the domain finds no such item here.
        var foreign = new { inspectionId = plan.InspectionId.ToString(), itemId = other.ItemIds[0].ToString(), status = "InProgress" };
        var (type, _) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, foreign)));

        Assert.All(answers, a => Assert.Contains("out of date or was altered", a, StringComparison.Ordinal));
        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Equal(PlanItemStatus.Planned, (await host.InspectionAsync(plan.InspectionId)).PlanItems.Single().Status);
        Assert.Equal(PlanItemStatus.Planned, (await host.InspectionAsync(other.InspectionId)).PlanItems.Single().Status);
    }

    [Fact]
    public async Task UpdateItem_DoneWithoutEvidence_AsksForIt()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);

        var (type, value) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, Data(plan, 0, "Done"))));

        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Contains("evidence or the reason", value.GetString(), StringComparison.Ordinal);
        Assert.Equal(PlanItemStatus.Planned, (await host.InspectionAsync(plan.InspectionId)).PlanItems.Single().Status);
    }

    [Fact]
    public async Task UpdateItem_BeforeExecutionStarts_IsRefusedByStage()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1);

        var (type, _) = From.Answer(await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, Data(plan, 0, "InProgress"))));

        Assert.Equal(ContentTypes.ActivityMessage, type);
        Assert.Equal(PlanItemStatus.Planned, (await host.InspectionAsync(plan.InspectionId)).PlanItems.Single().Status);
    }

    [Fact]
    public async Task SyncReminders_OpenItemThenDone_SchedulesThreeTriggersThenCancelsThem()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        var inspection = await host.InspectionAsync(plan.InspectionId);
        var added = await host.WithScopeAsync(sp => sp.GetRequiredService<ReminderScheduler>().SyncAsync(inspection, CancellationToken.None));
        var again = await host.WithScopeAsync(sp => sp.GetRequiredService<ReminderScheduler>().SyncAsync(inspection, CancellationToken.None));
        var before = await TriggersAsync(plan.ItemIds[0]);

        var data = new { inspectionId = plan.InspectionId.ToString(), itemId = plan.ItemIds[0].ToString(), status = "Done", evidence = "Done: order 7" };
        await host.PostAsync(From.Clicks(plan.Executors[0], ExecutionIds.UpdateItemVerb, data));
        var after = await TriggersAsync(plan.ItemIds[0]);

        Assert.Equal((3, 0), added);
        Assert.Equal((0, 0), again);
        Assert.Equal(3, before.Count);
        Assert.Contains(before, name => name.StartsWith("escalate:", StringComparison.Ordinal));
        Assert.Empty(after);
    }

    private async Task<List<string>> TriggersAsync(Guid itemId)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetRequiredScheduler(ReminderScheduler.SchedulerName);
        var page = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(ReminderScheduler.GroupOf(itemId)), Take = 100 });
        return [.. page.Items.Select(t => t.Key.Name)];
    }
}
