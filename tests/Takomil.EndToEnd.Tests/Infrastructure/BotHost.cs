using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real Takomil host, unchanged (Program.cs, every service, the real connector client), in this
/// process on Kestrel bound to 127.0.0.1 on a free port, in local mode (no MicrosoftAppId), on a
/// fresh SQLite file. Only configuration differs from production. In-process rather than a child
/// <c>dotnet Takomil.Bot.dll</c>: it starts in about a second, needs no build output paths, and
/// the bound port is read from the server instead of parsed from a log line.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly string _databasePath;
    private readonly FileLoggerProvider _log;

    private BotHost(string workFolder, string logPath)
    {
        _databasePath = Path.Combine(workFolder, "takomil.db");
        _log = new FileLoggerProvider(logPath);
    }

    /// <summary>Where the playground must post activities: <c>http://127.0.0.1:{port}/api/messages</c>.</summary>
    public Uri MessagesEndpoint { get; private set; } = null!;

    public static BotHost Start(string workFolder, string logPath)
    {
        var host = new BotHost(workFolder, logPath);
        try
        {
            host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            host.StartServer();
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel reported no bound address.");
            host.MessagesEndpoint = new Uri(new Uri(address), "/api/messages");
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        // UseSetting reaches the host's configuration before Program.cs reads it.
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databasePath}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(_log);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Registered as an instance, so the container does not own it.
        _log.Dispose();
        // Let the temp folder go: pooled connections keep the SQLite file open otherwise.
        SqliteConnection.ClearAllPools();
    }
}
