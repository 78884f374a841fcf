using Quartz;
using Takomil.Bot.Scheduling;
using SchedulingOptions = Takomil.Bot.Scheduling.SchedulingOptions;

namespace Takomil.Bot.Extensions;

public static class SchedulingExtensions
{
    /// <summary>
    /// Quartz.NET runs all timed work. Today's jobs (outbox retries, clean-up) are safe to run on
    /// every instance, so they use the in-memory store; reminders and deadlines, which must run
    /// once across instances and survive restarts, go on Quartz's clustered ADO store.
    /// </summary>
    public static IServiceCollection AddTakomilScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddQuartz(q =>
        {
            q.AddJob<OutboxDrainJob>(j => j.WithIdentity(OutboxDrainJob.Key));
            q.AddTrigger(t => t.ForJob(OutboxDrainJob.Key).WithIdentity("outbox-drain-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(options.OutboxInterval).RepeatForever()));
            q.AddJob<InboundLogCleanupJob>(j => j.WithIdentity(InboundLogCleanupJob.Key));
            q.AddTrigger(t => t.ForJob(InboundLogCleanupJob.Key).WithIdentity("inbound-log-cleanup-trigger")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(options.CleanupInterval).RepeatForever()));
            q.AddJob<ExpiredFilesCleanupJob>(j => j.WithIdentity(ExpiredFilesCleanupJob.Key));
            q.AddTrigger(t => t.ForJob(ExpiredFilesCleanupJob.Key).WithIdentity("expired-files-cleanup-trigger")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(2)).WithSimpleSchedule(s => s.WithInterval(options.CleanupInterval).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
