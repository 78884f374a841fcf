using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Takomil.Testing.Loopback;

/// <summary>
/// A Bot Connector on http://127.0.0.1 that enforces Teams' documented throttling (rate-limit.md) and answers
/// <c>429 Throttled</c> with <c>Retry-After</c> when a request breaks it: per bot per conversation 7 per 1 s,
/// 8 per 2 s, 60 per 30 s and 1800 per hour for sends and creates; about 30 requests per second per app per
/// tenant (enforced over all requests). Windows slide over the request times read from the given
/// <see cref="TimeProvider"/>, so a test can run it on a virtual clock shared with the bot. It serves
/// <c>POST v3/conversations</c> (a new 1:1 id) and <c>POST v3/conversations/{id}/activities</c>, and records every
/// accepted activity per conversation. Shared by the execution tests and the bench (compiled into both).
/// </summary>
public sealed class TeamsLimitConnector : IAsyncDisposable
{
    public static readonly (int Limit, TimeSpan Window)[] ConversationRules =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _perConversation = new(StringComparer.Ordinal);
    private readonly List<long> _app = [];
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly int _appPerSecond;
    private WebApplication? _app2;
    private int _conversations;
    private int _throttled;
    private int _accepted;
    private long _firstTicks = -1;
    private long _lastTicks;

    private TeamsLimitConnector(TimeProvider time, int appPerSecond)
    {
        _time = time;
        _origin = time.GetTimestamp();
        _appPerSecond = appPerSecond;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Accepted activities, by conversation id (in arrival order).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<JsonElement>> Activities { get; } = new(StringComparer.Ordinal);

    /// <summary>1:1 conversations created, by the member's user id.</summary>
    public ConcurrentDictionary<string, string> CreatedFor { get; } = new(StringComparer.Ordinal);

    public int Throttled => Volatile.Read(ref _throttled);

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Time between the first and the last accepted request, on the connector's clock.</summary>
    public TimeSpan Span => _firstTicks < 0 ? TimeSpan.Zero : TimeSpan.FromTicks(_lastTicks - _firstTicks);

    public static async Task<TeamsLimitConnector> StartAsync(TimeProvider time, int appRequestsPerSecond = 30)
    {
        ArgumentNullException.ThrowIfNull(time);
        var connector = new TeamsLimitConnector(time, appRequestsPerSecond);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v3/conversations", (Delegate)(Func<HttpContext, Task<IResult>>)connector.CreateAsync);
        app.MapPost("/v3/conversations/{id}/activities", (HttpContext c, string id) => connector.SendAsync(c, id));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector._app2 = app;
        connector.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        var member = body.GetProperty("members")[0].GetProperty("id").GetString() ?? "";
        var key = "create:" + member;
        if (Throttle(key, out var retryAfter)) return TooMany(context, retryAfter);
        var id = CreatedFor.GetOrAdd(member, _ => $"a:personal-{Interlocked.Increment(ref _conversations)}");
        return Results.Json(new { id }, statusCode: 201);
    }

    private async Task<IResult> SendAsync(HttpContext context, string id)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        if (Throttle(id, out var retryAfter)) return TooMany(context, retryAfter);
        Activities.GetOrAdd(id, _ => new ConcurrentQueue<JsonElement>()).Enqueue(body);
        return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
    }

    /// <summary>True (and counted) when this request breaks a rule; otherwise it is recorded against every window.</summary>
    private bool Throttle(string conversation, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetElapsedTime(_origin).Ticks;
            if (!_perConversation.TryGetValue(conversation, out var log)) _perConversation[conversation] = log = [];
            retryAfter = TimeSpan.Zero;
            if (_appPerSecond > 0 && InWindow(_app, TimeSpan.TicksPerSecond, now) >= _appPerSecond) retryAfter = TimeSpan.FromSeconds(1);
            foreach (var (limit, window) in ConversationRules)
            {
                if (InWindow(log, window.Ticks, now) >= limit) retryAfter = window > retryAfter ? window : retryAfter;
            }
            if (retryAfter > TimeSpan.Zero)
            {
                _throttled++;
                return true;
            }
            log.Add(now);
            _app.Add(now);
            if (_app.Count > 4 * Math.Max(1, _appPerSecond)) _app.RemoveRange(0, _app.Count - Math.Max(1, _appPerSecond));
            _accepted++;
            if (_firstTicks < 0) _firstTicks = now;
            _lastTicks = now;
            return false;
        }
    }

    // A request at t counts while now - t < window (the same rule the bot's limiter keeps).
    private static int InWindow(List<long> times, long window, long now)
    {
        var count = 0;
        for (var i = times.Count - 1; i >= 0 && times[i] > now - window; i--) count++;
        return count;
    }

    private static IResult TooMany(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { error = new { code = "Throttled", message = "Too many requests." } }, statusCode: 429);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app2 is not null) await _app2.DisposeAsync();
    }
}
