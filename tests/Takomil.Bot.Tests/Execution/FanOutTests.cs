using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Execution.Scheduling;
using Takomil.Bot.Tests.Execution.Support;
using Takomil.Domain.Inspections;
using Takomil.Testing.Loopback;

namespace Takomil.Bot.Tests.Execution;

/// <summary>
/// Notices to many executors go through the outbox and the connector's limiter, against a loopback connector that
/// enforces Teams' documented limits and answers 429 when they are broken. Time is virtual: the limiter's waits
/// move the shared clock, so the figures below are the paced schedule, not wall time.
/// </summary>
public sealed class FanOutTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takomil-fanout", Guid.NewGuid().ToString("N"));
    private readonly VirtualClock _clock = new(DateTimeOffset.UtcNow);
    private TeamsLimitConnector _connector = null!;
    private LoopbackBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _connector = await TeamsLimitConnector.StartAsync(_clock);
        _bot = new LoopbackBotFactory(_clock, Path.Combine(_folder, "takomil.db"));
        _bot.CreateClient().Dispose();
    }

    [Fact]
    public async Task Sweep_ThousandExecutors_AllNotifiedOnceWithNoThrottlingAtTheAllowedRate()
    {
        var plan = await PlanSeed.SeedAsync(_bot.Services, InspectionStage.PlanApprovedByCommission, 1000, serviceUrl: _connector.BaseAddress.ToString());

        var (queued, delivered) = await SweepAsync();

        Assert.Equal(1000, queued);
        Assert.Equal(1000, delivered);
        Assert.Equal(0, _connector.Throttled);
        Assert.Equal(1000, _connector.CreatedFor.Count);
        foreach (var executor in plan.Executors)
        {
            var conversation = _connector.CreatedFor[executor.TeamsUserId];
            var activity = Assert.Single(_connector.Activities[conversation]);
            Assert.Equal(executor.TeamsUserId, activity.GetProperty("recipient").GetProperty("id").GetString());
        }
        // 1,000 creates and 1,000 sends at no more than 30 requests per second take at least (2,000 - 30) / 30 s.
        Assert.Equal(2000, _connector.Accepted);
        Assert.True(_connector.Span >= TimeSpan.FromSeconds((2000 - 30) / 30.0), $"paced over {_connector.Span}");
        // A second sweep finds every notice already sent.
        Assert.Equal((0, 0), await SweepAsync());
    }

    [Fact]
    public async Task Sweep_OneExecutorSeventyItems_PacedByThePerConversationLimits()
    {
        var plan = await PlanSeed.SeedAsync(_bot.Services, InspectionStage.Executing, 1, serviceUrl: _connector.BaseAddress.ToString(), items: 70);

        var (queued, delivered) = await SweepAsync();

        Assert.Equal(70, queued);
        Assert.Equal(70, delivered);
        Assert.Equal(0, _connector.Throttled);
        var conversation = _connector.CreatedFor[plan.Executors[0].TeamsUserId];
        Assert.Equal(70, _connector.Activities[conversation].Count);
        // 60 per 30 s: the 61st send waits until the first leaves the window.
        Assert.True(_connector.Span >= TimeSpan.FromSeconds(30), $"paced over {_connector.Span}");
    }

    [Fact]
    public async Task LoopbackConnector_BurstOverTheLimit_Answers429()
    {
        using var http = new HttpClient { BaseAddress = _connector.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var body = new StringContent("{\"type\":\"message\",\"text\":\"hi\"}", Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("v3/conversations/burst/activities", UriKind.Relative), body);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, 7), statuses.Take(7));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[7]);
        Assert.Equal(1, _connector.Throttled);
    }

    private async Task<(int Queued, int Delivered)> SweepAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<ExecutionSweepJob>(scope.ServiceProvider);
        return await job.SweepAsync(CancellationToken.None);
    }

    public void Dispose() => _bot?.Dispose();

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
