using Quartz;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Hosting;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Execution.Scheduling;

/// <summary>
/// Reconciles every approved plan: executor notices not yet queued are queued, reminder triggers follow the current
/// deadlines and statuses, and the outbox is drained (through the connector's rate limiter, so a fan-out to many
/// executors stays inside Teams' limits). Durable and non-concurrent: in a cluster one node sweeps at a time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExecutionSweepJob(
    InspectionRepository inspections, ExecutionNotifier notifier, ReminderScheduler reminders, OutboxDrainer drainer, ILogger<ExecutionSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("execution-sweep", "execution");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await SweepAsync(cancellationToken).ConfigureAwait(false);

    /// <returns>Notices queued and messages delivered.</returns>
    public async Task<(int Queued, int Delivered)> SweepAsync(CancellationToken cancellationToken)
    {
        var approved = new List<Inspection>();
        foreach (var stage in new[] { InspectionStage.PlanApprovedByCommission, InspectionStage.IctProposalsSubmitted, InspectionStage.Executing })
        {
            approved.AddRange(await inspections.ListByStageAsync(stage, cancellationToken).ConfigureAwait(false));
        }
        var queued = 0;
        foreach (var inspection in approved)
        {
            try
            {
                queued += await notifier.NotifyExecutorsAsync(inspection, cancellationToken).ConfigureAwait(false);
                await reminders.SyncAsync(inspection, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException ex) when (ex.IsTransient)
            {
                // Opening a 1:1 chat failed for now; the next sweep continues where this one stopped.
                Log.SweepInterrupted(logger, inspection.Id, ex.Message);
            }
        }
        var delivered = 0;
        int batch;
        while ((batch = await drainer.DrainOnceAsync(cancellationToken).ConfigureAwait(false)) > 0) delivered += batch;
        Log.Swept(logger, approved.Count, queued, delivered);
        return (queued, delivered);
    }
}
