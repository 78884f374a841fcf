using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Takomil.Bot.Execution;
using Takomil.Bot.Execution.Scheduling;
using Takomil.Bot.Tests.Execution.Support;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Storage;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Bot.Tests.Execution;

/// <summary>
/// Reminders live in Quartz's ADO store: they survive a restart and, clustered on PostgreSQL, fire on one node.
/// Whatever fires, the "sent" marker inserted with the outbox row lets one delivery through.
/// </summary>
public sealed class ReminderDurabilityTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takomil-reminders", Guid.NewGuid().ToString("N"));
    private readonly PostgresServer _postgres = new();

    [Fact]
    public async Task Reminder_HostRestartedOnTheSameSqliteFile_IsDeliveredExactlyOnce()
    {
        Directory.CreateDirectory(_folder);
        var connector = new RecordingConnector();
        var (settings, deadline) = Settings(TimeSpan.FromSeconds(8), new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "takomil.db")}",
        });

        SeededPlan plan;
        using (var first = new FileBotFactory(settings, connector))
        {
            first.CreateClient().Dispose();
            plan = await PlanSeed.SeedAsync(first.Services, InspectionStage.Executing, 1, deadline);
            Assert.Equal((2, 0), await SyncAsync(first.Services, plan));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // The reminder is due after the first host stopped: only the second can deliver it.
        Assert.Empty(Reminders(connector));

        using var second = new FileBotFactory(settings, connector);
        second.CreateClient().Dispose();
        await WaitUntilAsync(() => Reminders(connector).Count > 0);
        await DrainAsync(second.Services);

        var reminder = Assert.Single(Reminders(connector));
        Assert.Equal(plan.Executors[0].TeamsUserId, reminder.Recipient?.Id);
        Assert.Equal(1, await NoticesAsync(second.Services, "remind:"));
        Assert.False(await FireAgainAsync(second.Services, plan, deadline, settings));
        Assert.Single(Reminders(connector));
    }

    [PostgresFact]
    public async Task Reminder_TwoClusteredSchedulersOnOnePostgreSql_IsDeliveredExactlyOnce()
    {
        var server = await _postgres.GetConnectionStringAsync();
        var database = "takomil_cluster_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var connector = new RecordingConnector();
        // Two hosts migrating a fresh database take a while; the reminder must still be ahead when they are up.
        var (settings, deadline) = Settings(TimeSpan.FromSeconds(30), new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connection,
            ["Execution:ClusterCheckinInterval"] = "00:00:02",
        });

        using var one = new FileBotFactory(settings, connector);
        one.CreateClient().Dispose();
        using var two = new FileBotFactory(settings, connector);
        two.CreateClient().Dispose();
        var plan = await PlanSeed.SeedAsync(one.Services, InspectionStage.Executing, 1, deadline);
        // Both nodes reconcile the same plan: the second finds the triggers the first stored.
        Assert.Equal((2, 0), await SyncAsync(one.Services, plan));
        Assert.Equal((0, 0), await SyncAsync(two.Services, plan));
        var schedulers = await Task.WhenAll(SchedulerOf(one.Services), SchedulerOf(two.Services));
        Assert.NotEqual(await schedulers[0].GetSchedulerInstanceId(), await schedulers[1].GetSchedulerInstanceId());

        await WaitUntilAsync(() => Reminders(connector).Count > 0);
        await DrainAsync(one.Services);
        await DrainAsync(two.Services);

        var reminder = Assert.Single(Reminders(connector));
        Assert.Equal(plan.Executors[0].TeamsUserId, reminder.Recipient?.Id);
        Assert.Equal(1, await NoticesAsync(two.Services, "remind:"));
        Assert.False(await FireAgainAsync(one.Services, plan, deadline, settings));
        Assert.False(await FireAgainAsync(two.Services, plan, deadline, settings));
        Assert.Single(Reminders(connector));
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A deadline two days out, and a reminder offset that puts the reminder <paramref name="lead"/> from now.</summary>
    private static (Dictionary<string, string?> Settings, DateOnly Deadline) Settings(TimeSpan lead, Dictionary<string, string?> database)
    {
        var now = DateTimeOffset.UtcNow;
        var deadline = DateOnly.FromDateTime(now.ToOffset(ReminderScheduler.TashkentOffset).DateTime).AddDays(2);
        var due = ReminderPlan.DueMoment(deadline, new TimeOnly(9, 0), ReminderScheduler.TashkentOffset);
        var offset = due - (now + lead);
        database["Execution:ReminderOffsets"] = offset.ToString("c", CultureInfo.InvariantCulture);
        database["Execution:EscalateAfter"] = "30.00:00:00";
        return (database, deadline);
    }

    private static List<Protocol.Activities.Activity> Reminders(RecordingConnector connector) =>
        [.. connector.Sent.Where(a => TestText.Visible(a).Contains("Deadline reminder", StringComparison.Ordinal))];

    private static async Task<(int, int)> SyncAsync(IServiceProvider services, SeededPlan plan)
    {
        await using var scope = services.CreateAsyncScope();
        var inspection = await scope.ServiceProvider.GetRequiredService<InspectionRepository>().FindAsync(plan.InspectionId, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ReminderScheduler>().SyncAsync(inspection!, CancellationToken.None);
    }

    private static Task<IScheduler> SchedulerOf(IServiceProvider services) =>
        services.GetRequiredService<ISchedulerFactory>().GetRequiredScheduler(ReminderScheduler.SchedulerName).AsTask();

    private static async Task DrainAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Protocol.Hosting.OutboxDrainer>().DrainOnceAsync(CancellationToken.None);
    }

    private static async Task<int> NoticesAsync(IServiceProvider services, string prefix)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TakomilDbContext>().ExecutionNotices.CountAsync(n => n.Key.StartsWith(prefix));
    }

    /// <summary>The same slot fired once more (a second node, a retried job): the marker stops it.</summary>
    private static async Task<bool> FireAgainAsync(IServiceProvider services, SeededPlan plan, DateOnly deadline, Dictionary<string, string?> settings)
    {
        await using var scope = services.CreateAsyncScope();
        var inspection = await scope.ServiceProvider.GetRequiredService<InspectionRepository>().FindAsync(plan.InspectionId, CancellationToken.None);
        var offset = TimeSpan.Parse(settings["Execution:ReminderOffsets"]!, CultureInfo.InvariantCulture);
        var slot = new ReminderSlot(plan.ItemIds[0], NoticeKind.Reminder, offset, deadline, DateTimeOffset.UtcNow);
        return await scope.ServiceProvider.GetRequiredService<ExecutionNotifier>().NotifySlotAsync(inspection!, slot, CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(200, timeout.Token);
        }
    }

    public void Dispose()
    {
        _postgres.Dispose();
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
