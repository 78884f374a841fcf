using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Takomil.Protocol.Storage;
using Takomil.Storage.Preferences;
using Takomil.Storage.Protocol;

namespace Takomil.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>EF Core on SQLite or PostgreSQL, and the durable protocol stores.</summary>
    public static IServiceCollection AddTakomilStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddDbContext<TakomilDbContext>(builder => Configure(builder, options));
        services.TryAddSingleton(TimeProvider.System);

        services.RemoveAll<IInboundActivityLog>().AddScoped<IInboundActivityLog, EfInboundActivityLog>();
        services.RemoveAll<IConversationReferenceStore>().AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        services.RemoveAll<IOutbox>().AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<IUserPreferences, EfUserPreferences>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString);
                break;
            default:
                EnsureSqliteFolder(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString);
                break;
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
