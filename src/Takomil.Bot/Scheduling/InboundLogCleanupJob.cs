using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Takomil.Protocol.Hosting;
using Takomil.Storage;

namespace Takomil.Bot.Scheduling;

/// <summary>Forgets handled activity ids older than the de-duplication window, and delivered outbox rows.</summary>
[DisallowConcurrentExecution]
public sealed class InboundLogCleanupJob(TakomilDbContext db, IOptions<BotProtocolOptions> options, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("inbound-log-cleanup", "protocol");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cutoff = time.GetUtcNow() - options.Value.DeduplicationWindow;
        await db.InboundActivities.Where(x => x.SeenAt < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Outbox.Where(x => x.SentAt != null && x.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
