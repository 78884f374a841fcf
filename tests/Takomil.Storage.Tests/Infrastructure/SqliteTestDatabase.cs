using Microsoft.Data.Sqlite;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>A migrated SQLite database in a temporary file (not in memory: two contexts must see each other's commits).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"takomil-test-{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";

    public override StorageOptions Options => new()
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString(),
    };

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        try
        {
            await database.MigrateAsync();
            return database;
        }
        catch
        {
            await database.DisposeAsync(); // a migration that fails must not leave its file behind
            throw;
        }
    }

    public override ValueTask DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        return ValueTask.CompletedTask;
    }
}
