using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Support;
using Takomil.Storage;

namespace Takomil.Bot.Tests.Inspections.Support;

/// <summary>
/// One host per test class: the real bot in Development (so the sample List is seeded), Aziz an administrator by
/// Entra object id, and a <see cref="ConcurrentEdit"/> in the database pipeline.
/// </summary>
public sealed class InspectionsHost : IDisposable
{
    public InspectionsHost()
    {
        Factory = new TakomilFactory();
        Factory.Settings["Inspections:Administrators:0"] = Person.Aziz.AadObjectId;
        App = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<TakomilDbContext>(options => options.AddInterceptors(Race))));
    }

    public TakomilFactory Factory { get; }

    public WebApplicationFactory<Program> App { get; }

    public ConcurrentEdit Race { get; } = new();

    public RecordingConnector Connector => Factory.Connector;

    public void Dispose()
    {
        App.Dispose();
        Factory.Dispose();
    }
}
