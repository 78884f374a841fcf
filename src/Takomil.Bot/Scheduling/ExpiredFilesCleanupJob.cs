using Quartz;
using Takomil.Storage.Files;

namespace Takomil.Bot.Scheduling;

/// <summary>Removes produced files whose links expired.</summary>
[DisallowConcurrentExecution]
public sealed class ExpiredFilesCleanupJob(PublishedFiles files) : IJob
{
    public static readonly JobKey Key = new("expired-files-cleanup", "files");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await files.DeleteExpiredAsync(cancellationToken).ConfigureAwait(false);
    }
}
