using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>A SQLite database in a temporary file (not in memory: two contexts must see each other's commits).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"takomil-test-{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    protected override void Configure(DbContextOptionsBuilder<TestInspectionsDbContext> options) =>
        options.UseSqlite(ConnectionString);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        return database;
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
