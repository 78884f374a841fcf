using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Takomil.Protocol.Connector;
using Takomil.Testing.Loopback;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>
/// The real host with its real connector client (rate limiter, retries, outbox) talking to a
/// <see cref="TeamsLimitConnector"/> over loopback HTTP, on a <see cref="VirtualClock"/>: every wait the limiter or the
/// retry policy asks for moves the clock instead of sleeping, so minutes of Teams pacing take seconds of wall time.
/// </summary>
public sealed class LoopbackBotFactory(VirtualClock clock, string databaseFile) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={databaseFile}");
        builder.UseSetting("Scheduling:OutboxInterval", "01:00:00");
        builder.UseSetting("Execution:SweepStartDelay", "1.00:00:00");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.RemoveAll<IConnectorDelay>();
            services.AddSingleton<IConnectorDelay>(new AdvancingDelay(clock));
        });
    }

    /// <summary>Waits by moving the virtual clock.</summary>
    private sealed class AdvancingDelay(VirtualClock clock) : IConnectorDelay
    {
        public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Advance(delay);
            return Task.CompletedTask;
        }
    }
}
