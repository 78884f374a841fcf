using Microsoft.AspNetCore.Builder;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Takomil.Protocol.Connector;

namespace Takomil.Bot.Tests.Support;

/// <summary>
/// The real host in-process, in local mode, on a fresh SQLite file, with the connector replaced by
/// a recorder. The header <c>X-Test-Remote-IP</c> sets the caller's address, to test the loopback rule.
/// </summary>
public sealed class TakomilFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takomil-tests", Guid.NewGuid().ToString("N"));

    public RecordingConnector Connector { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        // UseSetting reaches the host's configuration before Program.cs reads it (unlike ConfigureAppConfiguration).
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "takomil.db")}",
            ["Scheduling:OutboxInterval"] = "00:10:00",
            // The durable execution sweep drains the outbox too; tests that look at the outbox drain it themselves.
            ["Execution:SweepStartDelay"] = "1.00:00:00",
        };
        foreach (var (key, value) in settings.Concat(Settings)) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, RemoteIpStartupFilter>();
        });
    }

    /// <summary>Runs one outbox drain now; with <paramref name="ignoreSchedule"/> every queued item is due.</summary>
    public async Task<int> DrainOutboxAsync(bool ignoreSchedule)
    {
        await using var scope = Services.CreateAsyncScope();
        if (ignoreSchedule)
        {
            var db = scope.ServiceProvider.GetRequiredService<Takomil.Storage.TakomilDbContext>();
            var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Outbox);
            foreach (var row in rows) row.NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }
        return await scope.ServiceProvider.GetRequiredService<Takomil.Protocol.Hosting.OutboxDrainer>().DrainOnceAsync(CancellationToken.None);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private sealed class RemoteIpStartupFilter : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((Microsoft.AspNetCore.Http.HttpContext context, Func<Task> nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue("X-Test-Remote-IP", out var ip)
                    ? IPAddress.Parse(ip.ToString())
                    : IPAddress.Loopback;
                return nextMiddleware();
            });
            next(app);
        };
    }
}
