using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol.Connector;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>
/// The real host on a database the test names (a SQLite file that outlives the host, or a PostgreSQL database
/// shared with another host), with the connector recorded by an instance the test owns and can share.
/// </summary>
public sealed class FileBotFactory(IReadOnlyDictionary<string, string?> settings, RecordingConnector connector) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Scheduling:OutboxInterval", "01:00:00");
        builder.UseSetting("Execution:SweepStartDelay", "1.00:00:00");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(connector);
        });
    }
}
