using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Storage;
using Takomil.Storage.Files;
using Takomil.Storage.Approvals;
using Takomil.Storage.Import;
using Takomil.Storage.Inspections;
using Takomil.Storage.Migrations;
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
        // Options are read when the context is built, so hosts and tests can override them late.
        services.AddDbContext<TakomilDbContext>((sp, builder) => Configure(builder, sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton(TimeProvider.System);

        services.RemoveAll<IInboundActivityLog>().AddScoped<IInboundActivityLog, EfInboundActivityLog>();
        services.RemoveAll<IConversationReferenceStore>().AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        services.RemoveAll<IOutbox>().AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<IUserPreferences, EfUserPreferences>();
        services.AddScoped<DatabaseInitializer>();

        services.AddScoped<IInspectionsDbContext>(sp => sp.GetRequiredService<TakomilDbContext>());
        services.AddScoped<CatalogRepository>();
        services.AddScoped<ServiceListRepository>();
        services.AddScoped<InspectionRepository>();
        services.AddScoped<FactSheetRepository>();
        services.AddScoped<ProcessModelRepository>();
        services.AddScoped<MeasureDecisionRepository>();
        services.AddScoped<InspectionsUnitOfWork>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ServiceListImporter>();
        services.AddScoped<PublishedFiles>();
        services.AddScoped<ApprovalRepository>().AddScoped<ApprovalCards>().AddScoped<InspectionLock>();
        services.AddScoped<Execution.ExecutionStore>();
        services.AddScoped<Interviews.InterviewSessions>();
        return services;
    }

    private static readonly SqliteBusyTimeout BusyTimeout = new();

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
                builder.UseSqlite(options.ConnectionString).AddInterceptors(BusyTimeout);
                break;
        }
        // Each provider has its own migration set in this assembly; see Migrations/ProviderMigrationsAssembly.
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
