using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Execution.Scheduling;

/// <summary>
/// Keeps the durable scheduler's triggers in step with the plan: one trigger per item and reminder offset plus one
/// escalation, in a trigger group per item and named by the slot's key (which holds the deadline). Re-running it is
/// harmless: a slot already scheduled is left alone, a slot no longer wanted (item done or dropped, deadline moved,
/// plan no longer approved) is unscheduled, a new one is added. Reminder delivery checks the item again when it fires.
/// </summary>
public sealed class ReminderScheduler(ISchedulerFactory schedulers, IOptions<ExecutionOptions> options, TimeProvider time)
{
    public const string SchedulerName = "takomil-durable";

    public static string GroupOf(Guid itemId) => $"item-{itemId:N}";

    /// <returns>How many triggers were added and removed.</returns>
    public async Task<(int Added, int Removed)> SyncAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var o = options.Value;
        if (!o.DurableSchedulerEnabled) return (0, 0);
        var scheduler = await schedulers.GetRequiredScheduler(SchedulerName, cancellationToken).ConfigureAwait(false);
        var offsets = o.ParsedReminderOffsets();
        var now = time.GetUtcNow();
        var active = ExecutionNotifier.IsApproved(inspection.Stage);
        int added = 0, removed = 0;
        foreach (var item in inspection.PlanItems)
        {
            var wanted = active
                ? ReminderPlan.For(item, offsets, o.EscalateAfter, TimeOnly.FromTimeSpan(o.DueTimeOfDay), TashkentOffset, now)
                : [];
            var group = GroupOf(item.Id);
            var existing = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(group), Take = 100 }, cancellationToken).ConfigureAwait(false);
            var existingNames = existing.Items.Select(t => t.Key.Name).ToHashSet(StringComparer.Ordinal);
            var wantedNames = wanted.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in existing.Items.Where(t => !wantedNames.Contains(t.Key.Name)))
            {
                if (await scheduler.UnscheduleJob(stale.Key, cancellationToken).ConfigureAwait(false)) removed++;
            }
            foreach (var slot in wanted.Where(s => !existingNames.Contains(s.Key)))
            {
                await scheduler.ScheduleJob(Trigger(inspection.Id, slot), cancellationToken: cancellationToken).ConfigureAwait(false);
                added++;
            }
        }
        return (added, removed);
    }

    /// <summary>Asks the durable scheduler to reconcile now (out of the request: the fan-out may be long).</summary>
    public async Task RequestSweepAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DurableSchedulerEnabled) return;
        var scheduler = await schedulers.GetRequiredScheduler(SchedulerName, cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(ExecutionSweepJob.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uzbekistan keeps UTC+5 all year.</summary>
    public static readonly TimeSpan TashkentOffset = TimeSpan.FromHours(5);

    private static ITrigger Trigger(Guid inspectionId, ReminderSlot slot) =>
        TriggerBuilder.Create()
            .WithIdentity(slot.Key, GroupOf(slot.ItemId))
            .ForJob(ReminderJob.Key)
            .UsingJobData(ReminderJob.InspectionKey, inspectionId.ToString())
            .UsingJobData(ReminderJob.ItemKey, slot.ItemId.ToString())
            .UsingJobData(ReminderJob.KindKey, slot.Kind.ToString())
            .UsingJobData(ReminderJob.OffsetKey, slot.Offset.Ticks.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(ReminderJob.DeadlineKey, slot.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .StartAt(slot.FireAt)
            // Down at the due moment (restart, deploy): fire as soon as a scheduler is back; the marker stops a second send.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
}
