using Microsoft.Extensions.Options;

namespace Takomil.Bot.Inspections.Seeding;

/// <summary>
/// Runs <see cref="SampleData"/> once at start-up, in the Development environment only and when enabled. Hosted
/// services start after <c>InitializeDatabaseAsync</c> made the schema and before the first request is served.
/// A failed seed is logged and never stops the bot.
/// </summary>
public sealed class DevelopmentSeeder(
    IServiceScopeFactory scopes, IHostEnvironment environment, IOptions<InspectionOptions> options, ILogger<DevelopmentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value.DevelopmentSeed;
        if (!environment.IsDevelopment() || !seed.Enabled) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SampleData>().SeedAsync(seed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A development convenience must not keep the bot from starting (e.g. migrations are off and there is no schema).
            Log.SeedCrashed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
