using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Takomil.Storage.Migrations;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>Each provider's schema comes from its own migration set, and the sets keep up with the model.</summary>
public abstract class MigrationsContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected abstract string ExpectedNamespace { get; }

    [StorageFact]
    public async Task Model_ComparedWithTheProvidersSnapshot_HasNoPendingChanges()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();

        // Fails when the model changed without `dotnet ef migrations add` for this provider (docs/storage.md).
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration of this provider covers.");
    }

    [StorageFact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationOfItsOwnSetOnly()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        Assert.NotEmpty(migrations);
        Assert.All(migrations.Values, type => Assert.Equal(ExpectedNamespace, type.Namespace));
        Assert.Equal(ExpectedNamespace, db.GetService<IMigrationsAssembly>().ModelSnapshot?.GetType().Namespace);
        Assert.Equal(migrations.Keys, await db.Database.GetAppliedMigrationsAsync());
    }

    [StorageFact]
    public async Task Migrate_AlreadyUpToDate_AppliesNothing()
    {
        await using var database = await CreateDatabaseAsync();

        Assert.Empty(await database.MigrateAsync());
    }

    [StorageFact]
    public async Task Migrate_EmptyDatabase_ReportsTheMigrationsItApplied()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            // Back to an empty database ("0" reverts every migration), then forward again.
            await db.GetService<IMigrator>().MigrateAsync("0");
            Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        }

        var applied = await database.MigrateAsync();

        await using var read = database.CreateContext();
        Assert.Equal(read.Database.GetMigrations(), applied);
        Assert.Equal(0, await read.AuditEntries.CountAsync());
    }
}

public sealed class SqliteMigrationsTests : MigrationsContract
{
    protected override string ExpectedNamespace => MigrationSets.SqliteNamespace;

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();

    [Fact]
    public async Task Migrate_Sqlite_TurnsOnWriteAheadLogging()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresMigrationsTests(PostgresServer server) : MigrationsContract
{
    protected override string ExpectedNamespace => MigrationSets.PostgreSqlNamespace;

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
