using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Execution;
using Takomil.Bot.Tests.Execution.Support;
using Takomil.Domain.Inspections;
using Takomil.Storage;

namespace Takomil.Bot.Tests.Execution;

/// <summary>After approval every executor is told their items 1:1, once.</summary>
public sealed class NotificationTests(ExecutionHost host) : IClassFixture<ExecutionHost>
{
    [Fact]
    public async Task NotifyExecutors_ApprovedPlan_EachExecutorGetsTheirItemAndDeadlineInAPersonalChat()
    {
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 3, deadline);
        host.Connector.Clear();

        var queued = await Notify(plan);
        await host.Factory.DrainOutboxAsync(ignoreSchedule: false);

        Assert.Equal(3, queued);
        Assert.Equal(3, host.Connector.Created.Count);
        var sent = host.Connector.Sent.ToList();
        Assert.Equal(3, sent.Count);
        for (var i = 0; i < 3; i++)
        {
            var executor = plan.Executors[i];
            var create = host.Connector.Created.Single(c => c.Parameters.Members![0].Id == executor.TeamsUserId);
            Assert.False(create.Parameters.IsGroup);
            var message = Assert.Single(sent, a => TestText.Visible(a).Contains($"part {i + 1}", StringComparison.Ordinal));
            Assert.Equal(executor.TeamsUserId, message.Recipient?.Id);
            var text = TestText.Visible(message);
            Assert.Contains("responsible executor", text, StringComparison.Ordinal);
            Assert.Contains(deadline.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.Contains(executor.DisplayName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(plan.Executors.Where(e => e != executor), e => text.Contains(e.DisplayName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task NotifyExecutors_RunTwice_QueuesEachNoticeOnce()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 2);

        var first = await Notify(plan);
        var second = await Notify(plan);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var rows = await host.WithScopeAsync(sp => sp.GetRequiredService<TakomilDbContext>().ExecutionNotices.CountAsync(n => n.InspectionId == plan.InspectionId));
        Assert.Equal(2, rows);
    }

    [Fact]
    public async Task NotifyExecutors_ExecutionStarted_SendsCardsWithProgressButtons()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.Executing, 1);
        host.Connector.Clear();

        await Notify(plan);
        await host.Factory.DrainOutboxAsync(ignoreSchedule: false);

        var message = Assert.Single(host.Connector.Sent, a => a.Recipient?.Id == plan.Executors[0].TeamsUserId);
        var text = TestText.Visible(message);
        Assert.Contains(ExecutionIds.UpdateItemVerb, text, StringComparison.Ordinal);
        Assert.Contains("Done…", text, StringComparison.Ordinal);
        Assert.Contains("Blocked…", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyExecutors_InExecutorsLanguage()
    {
        var plan = await PlanSeed.SeedAsync(host.Services, InspectionStage.PlanApprovedByCommission, 1, language: Domain.Common.UiLanguage.Ru);
        host.Connector.Clear();

        await Notify(plan);
        await host.Factory.DrainOutboxAsync(ignoreSchedule: false);

        var message = Assert.Single(host.Connector.Sent, a => a.Recipient?.Id == plan.Executors[0].TeamsUserId);
        Assert.Contains("Задача плана мероприятий", TestText.Visible(message), StringComparison.Ordinal);
    }

    private Task<int> Notify(SeededPlan plan) => host.WithScopeAsync(async sp =>
    {
        var inspection = await host.InspectionAsync(plan.InspectionId);
        return await sp.GetRequiredService<ExecutionNotifier>().NotifyExecutorsAsync(inspection, CancellationToken.None);
    });
}
