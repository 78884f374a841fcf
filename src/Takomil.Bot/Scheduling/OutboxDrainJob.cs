using Quartz;
using Takomil.Protocol.Hosting;

namespace Takomil.Bot.Scheduling;

/// <summary>Retries queued outbound messages. Every instance runs it; outbox leases prevent double sends.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDrainJob(OutboxDrainer drainer) : IJob
{
    public static readonly JobKey Key = new("outbox-drain", "protocol");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Drain until a batch comes back short, so a backlog clears within one trigger.
        while (await drainer.DrainOnceAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }
}
