using Npgsql;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>A migrated database of its own on the shared test server, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _adminConnectionString;
    private readonly string _name = $"takomil_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    public override string Provider => "postgresql";

    public override StorageOptions Options => new()
    {
        Provider = DatabaseProvider.PostgreSql,
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _name }.ToString(),
    };

    public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var database = new PostgresTestDatabase(await server.GetConnectionStringAsync());
        await database.ExecuteAdminAsync($"CREATE DATABASE \"{database._name}\"");
        try
        {
            await database.MigrateAsync();
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
