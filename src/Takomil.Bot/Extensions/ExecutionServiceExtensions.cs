using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using Takomil.Bot.Conversation;
using Takomil.Bot.Execution;
using Takomil.Bot.Execution.Actions;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Execution.Commands;
using Takomil.Bot.Execution.Scheduling;
using Takomil.Protocol.Hosting;
using Takomil.Storage;

namespace Takomil.Bot.Extensions;

public static class ExecutionServiceExtensions
{
    /// <summary>
    /// Stages 4–5 (see docs/execution.md): options (section <c>Execution</c>, validated on start), the cards, the
    /// <c>dashboard</c> command and the card verbs, the notifier, and a second, durable Quartz scheduler
    /// (<see cref="ReminderScheduler.SchedulerName"/>) on Quartz's ADO store in the application database — SQLite
    /// embedded, PostgreSQL clustered — for reminders, escalations and the reconciling sweep.
    /// </summary>
    public static IServiceCollection AddTakomilExecution(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExecutionOptions>()
            .BindConfiguration(ExecutionOptions.SectionName)
            .Validate(o => o.IsValid(out _), "Execution options are invalid (ReminderOffsets, EscalateAfter, DueTimeOfDay, SweepInterval, DashboardMaxRows).")
            .ValidateOnStart();

        services.AddSingleton<ExecutionNames>().AddSingleton<PlanItemCard>().AddSingleton<PlanDashboardCard>().AddSingleton<IctProposalFormCard>();
        services.AddScoped<ExecutionViews>().AddScoped<ExecutionNotifier>().AddScoped<ReminderScheduler>();
        services.AddScoped<Approvals.IPlanApprovalObserver, SweepOnPlanApproval>();

        services.AddCommand<PlanDashboardCommand>().AddSingleton(new HelpEntry("Cmd.Dashboard.Usage", "Cmd.Dashboard.Description", 60));
        services.AddCardAction<UpdatePlanItemAction>();
        services.AddCardAction<ShowDashboardAction>();
        services.AddCardAction<ShowProposalFormAction>();
        services.AddCardAction<SubmitProposalAction>();
        services.AddCardAction<FinishIctProposalsAction>();

        var execution = configuration.GetSection(ExecutionOptions.SectionName).Get<ExecutionOptions>() ?? new ExecutionOptions();
        if (execution.DurableSchedulerEnabled) AddDurableScheduler(services, configuration, execution);
        return services;
    }

    /// <summary>
    /// The durable scheduler shares the application's database (section <c>Database</c>): SQLite for one instance,
    /// PostgreSQL with Quartz clustering for several, so each trigger fires on exactly one node and a dead node's
    /// triggers are recovered by the others. Job data are strings, serialised with System.Text.Json.
    /// </summary>
    private static void AddDurableScheduler(IServiceCollection services, IConfiguration configuration, ExecutionOptions execution)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddQuartz(ReminderScheduler.SchedulerName, q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (storage.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(NpgsqlFactory.Instance, storage.ConnectionString);
                    store.UseClustering(c => c.CheckinInterval = execution.ClusterCheckinInterval);
                }
                else
                {
                    store.UseSqlite(SqliteFactory.Instance, storage.ConnectionString);
                }
                if (execution.ProvisionSchema) store.ProvisionSchema();
            });
            q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key).StoreDurably());
            q.AddJob<ExecutionSweepJob>(j => j.WithIdentity(ExecutionSweepJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(ExecutionSweepJob.Key).WithIdentity("execution-sweep-trigger", "execution")
                .StartAt(DateTimeOffset.UtcNow + execution.SweepStartDelay)
                .WithSimpleSchedule(s => s.WithInterval(execution.SweepInterval).RepeatForever()));
        });
    }
}
