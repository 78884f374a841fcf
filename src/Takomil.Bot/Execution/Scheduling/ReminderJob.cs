using System.Globalization;
using Quartz;
using Takomil.Domain.Execution;
using Takomil.Protocol.Hosting;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Execution.Scheduling;

/// <summary>
/// Fires one reminder or escalation slot (durable store; in a cluster one node fires each trigger). The notice is
/// queued once — marker and outbox row in one transaction — and the outbox is drained at once.
/// </summary>
public sealed class ReminderJob(InspectionRepository inspections, ExecutionNotifier notifier, OutboxDrainer drainer, ILogger<ReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("execution-reminder", "execution");

    public const string InspectionKey = "inspectionId";
    public const string ItemKey = "itemId";
    public const string KindKey = "kind";
    public const string OffsetKey = "offsetTicks";
    public const string DeadlineKey = "deadline";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        if (!Guid.TryParse(data.GetString(InspectionKey), out var inspectionId)
            || !Guid.TryParse(data.GetString(ItemKey), out var itemId)
            || !Enum.TryParse<NoticeKind>(data.GetString(KindKey), out var kind)
            || !long.TryParse(data.GetString(OffsetKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var offsetTicks)
            || !DateOnly.TryParseExact(data.GetString(DeadlineKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
        {
            return;
        }
        var inspection = await inspections.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        if (inspection is null) return;
        var slot = new ReminderSlot(itemId, kind, TimeSpan.FromTicks(offsetTicks), deadline, context.ScheduledFireTimeUtc ?? DateTimeOffset.UtcNow);
        var queued = await notifier.NotifySlotAsync(inspection, slot, cancellationToken).ConfigureAwait(false);
        Log.ReminderFired(logger, slot.Key, queued);
        if (queued)
        {
            while (await drainer.DrainOnceAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
    }
}
