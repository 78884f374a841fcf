using Quartz;
using Takomil.Bot.Interviews;

namespace Takomil.Bot.Scheduling;

/// <summary>
/// Reminds interviewees of interviews left idle. Runs on every instance from the in-memory store: each reminder is
/// claimed in the database before it is sent, so it goes out once however many instances run the job.
/// </summary>
[DisallowConcurrentExecution]
public sealed class InterviewReminderJob(InterviewReminders reminders) : IJob
{
    public static readonly JobKey Key = new("interview-reminders", "interviews");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await reminders.SendDueAsync(cancellationToken).ConfigureAwait(false);
    }
}
