using Microsoft.Extensions.Options;
using Takomil.Storage;

namespace Takomil.Bot.Extensions;

public static partial class DatabaseExtensions
{
    /// <summary>
    /// Brings the schema up to date before the first request, when configured to (development). Production sets
    /// Database:MigrateOnStartup=false and runs <c>dotnet Takomil.Bot.dll migrate</c> as a release step instead.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStartup) return;
        await using var scope = app.Services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None).ConfigureAwait(false);
        if (applied.Count > 0) LogMigrated(app.Logger, applied.Count, applied);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Applied {Count} database migration(s) at start-up: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);
}
