using Microsoft.Extensions.Options;
using Takomil.Storage;

namespace Takomil.Bot.Extensions;

public static class DatabaseExtensions
{
    /// <summary>Brings the schema up to date before the first request, when configured to.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStartup) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
