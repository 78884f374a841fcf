using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Cli;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests.Cli;

/// <summary>The production commands, run through the host's dispatch with the host's storage registration.</summary>
public abstract class HostCommandsContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static async Task<(int? ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Options.Provider.ToString(),
            ["Database:ConnectionString"] = database.Options.ConnectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddTakomilStorage(configuration).BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await HostCommands.TryRunAsync(services, args, output, error, default);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task CommitAgenciesAsync(TestDatabase database, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await using var db = database.CreateContext();
            new CatalogRepository(db).Add(new Agency(Guid.NewGuid(), $"AG-{i}", new LocalizedText($"Agency {i}", null, null, null)));
            await TestDatabase.UnitOfWork(db).CommitAsync(AuditEvent.By(Guid.Empty, "agency.add", $"agency:{i}", new { i }, TestDatabase.Now), default);
        }
    }

    [StorageFact]
    public async Task Migrate_EmptyDatabase_AppliesTheMigrationsAndNamesThem()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext()) await db.GetService<IMigrator>().MigrateAsync("0");

        var (exitCode, output, _) = await RunAsync(database, HostCommands.Migrate);

        await using var read = database.CreateContext();
        var all = read.Database.GetMigrations().ToList();
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(all, await read.Database.GetAppliedMigrationsAsync());
        Assert.Contains($"applied {all.Count} migration(s)", output, StringComparison.Ordinal);
        Assert.All(all, id => Assert.Contains(id, output, StringComparison.Ordinal));
    }

    [StorageFact]
    public async Task Migrate_UpToDate_SaysSoAndSucceeds()
    {
        await using var database = await CreateDatabaseAsync();

        var (exitCode, output, _) = await RunAsync(database, HostCommands.Migrate);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task VerifyAudit_IntactChain_PrintsOkAndExitsZero()
    {
        await using var database = await CreateDatabaseAsync();
        await CommitAgenciesAsync(database, 3);

        var (exitCode, output, _) = await RunAsync(database, HostCommands.VerifyAudit);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.StartsWith("OK: audit trail intact, 3 entries verified", output, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task VerifyAudit_EntryEdited_NamesTheFirstBadEntryAndExitsOne()
    {
        await using var database = await CreateDatabaseAsync();
        await CommitAgenciesAsync(database, 4);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Actor\" = 'someone-else' WHERE \"Sequence\" = 2");
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"PayloadJson\" = {0} WHERE \"Sequence\" = 3", "{}");
        }

        var (exitCode, output, _) = await RunAsync(database, HostCommands.VerifyAudit);

        Assert.Equal(ExitCodes.AuditBroken, exitCode);
        Assert.StartsWith("BROKEN: first bad entry is #2 (HashMismatch", output, StringComparison.Ordinal);
        Assert.Contains("actor someone-else, action agency.add, subject agency:2", output, StringComparison.Ordinal);
        Assert.Contains("1 entries before it verified", output, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task VerifyAudit_NoSchema_ReportsTheDatabaseErrorAndExitsTwo()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext()) await db.GetService<IMigrator>().MigrateAsync("0");

        var (exitCode, output, error) = await RunAsync(database, HostCommands.VerifyAudit);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("verify-audit failed: ", error, StringComparison.Ordinal);
        Assert.Contains("audit_entries", error, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task TryRun_NoCommandNamed_LeavesTheDatabaseToTheWebHost()
    {
        await using var database = await CreateDatabaseAsync();

        Assert.Null((await RunAsync(database)).ExitCode);
        Assert.Null((await RunAsync(database, "--urls=http://127.0.0.1:0")).ExitCode);
        Assert.Null((await RunAsync(database, "Migrate")).ExitCode);
    }
}

public sealed class SqliteHostCommandsTests : HostCommandsContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresHostCommandsTests(PostgresServer server) : HostCommandsContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
