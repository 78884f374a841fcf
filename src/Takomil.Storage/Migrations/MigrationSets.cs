using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Takomil.Storage.Migrations;

/// <summary>Where each provider's migrations live: folder Migrations/&lt;Provider&gt;, namespace to match.</summary>
public static class MigrationSets
{
    public const string SqliteNamespace = "Takomil.Storage.Migrations.Sqlite";
    public const string PostgreSqlNamespace = "Takomil.Storage.Migrations.PostgreSql";

    public static string NamespaceFor(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlite()) return SqliteNamespace;
        if (database.IsNpgsql()) return PostgreSqlNamespace;
        throw new NotSupportedException($"No migrations for the database provider {database.ProviderName}.");
    }
}
