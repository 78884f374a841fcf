using System.ComponentModel.DataAnnotations;

namespace Takomil.Storage;

public enum DatabaseProvider
{
    Sqlite = 0,
    PostgreSql = 1,
}

/// <summary>Section <c>Database</c>: which engine, and whether to migrate at start-up.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite the default is a file under <c>data/</c>.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/takomil.db";

    /// <summary>Apply migrations at start-up (development default). Production runs <c>takomil migrate</c> instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
