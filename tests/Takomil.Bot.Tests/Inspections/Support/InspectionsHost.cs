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
public class InspectionsHost : IDisposable
{
    public InspectionsHost()
        : this(goldenSample: false)
    {
    }

    /// <param name="goldenSample">Seed the golden sample's inspection (HOK-014, stage Inspecting, led by Dilnoza).</param>
    protected InspectionsHost(bool goldenSample)
    {
        Factory = new TakomilFactory();
        Factory.Settings["Inspections:Administrators:0"] = Person.Aziz.AadObjectId;
        // The golden inspection (Models) would give Dilnoza a second inspection; these tests count hers.
        Factory.Settings["Models:GoldenSample:Enabled"] = goldenSample ? "true" : "false";
        App = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<TakomilDbContext>(options => options.AddInterceptors(Race));
            services.AddSingleton<Takomil.Bot.Approvals.IPlanApprovalObserver>(ApprovedPlans);
        }));
    }

    public TakomilFactory Factory { get; }

    public WebApplicationFactory<Program> App { get; }

    public ConcurrentEdit Race { get; } = new();

    /// <summary>Every plan the Commission approved, as the approval handlers announced it.</summary>
    public RecordingPlanApprovals ApprovedPlans { get; } = new();

    public RecordingConnector Connector => Factory.Connector;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        App.Dispose();
        Factory.Dispose();
    }
}

public sealed class RecordingPlanApprovals : Takomil.Bot.Approvals.IPlanApprovalObserver
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Guid> _approved = new();

    public IReadOnlyCollection<Guid> Approved => [.. _approved];

    public Task PlanApprovedAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        _approved.Enqueue(inspectionId);
        return Task.CompletedTask;
    }
}
