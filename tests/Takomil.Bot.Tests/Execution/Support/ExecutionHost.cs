using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Storage;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>
/// One host per test class with the connector recorded; the durable scheduler's own sweep is held back (a day) so
/// tests decide when notices go out.
/// </summary>
public sealed class ExecutionHost : IDisposable
{
    public ExecutionHost()
    {
        Factory = new TakomilFactory();
        Factory.Settings["Execution:SweepStartDelay"] = "1.00:00:00";
        Client = Factory.CreateClient();
    }

    public TakomilFactory Factory { get; }

    public HttpClient Client { get; }

    public RecordingConnector Connector => Factory.Connector;

    public IServiceProvider Services => Factory.Services;

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Inspection> InspectionAsync(Guid id) =>
        WithScopeAsync(async sp => (await sp.GetRequiredService<InspectionRepository>().FindAsync(id, CancellationToken.None))!);

    public Task<List<string>> AuditActionsAsync(Guid inspectionId) =>
        WithScopeAsync(sp => sp.GetRequiredService<TakomilDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Subject == $"inspection:{inspectionId}").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());

    /// <summary>Posts an activity as the channel would; returns the invoke response body (or null for a message).</summary>
    public async Task<JsonElement?> PostAsync(Activity activity)
    {
        using var content = ActivityFactory.ToContent(activity);
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize<JsonElement>(body);
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
