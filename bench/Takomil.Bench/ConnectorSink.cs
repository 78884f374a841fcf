using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Takomil.Bench;

/// <summary>
/// The loopback Bot Connector every target replies to: <c>POST {serviceUrl}v3/conversations/{cid}/activities[/{aid}]</c>
/// answers 201 <c>{"id":"..."}</c> and stamps the arrival time of each message reply. It runs inside
/// the bench process so that send time and arrival time come from the same clock.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _nextId;

    private ConnectorSink(WebApplication app, ReplyTracker tracker)
    {
        _app = app;
        Tracker = tracker;
    }

    public ReplyTracker Tracker { get; }

    /// <summary>The serviceUrl to put into activities, with the trailing slash Bot Framework URLs carry.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<ConnectorSink> StartAsync(ReplyTracker tracker)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new ConnectorSink(app, tracker);
        app.Run(sink.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Urls.First();
        sink.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return sink;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        var conversationId = ConversationIdFromPath(ctx.Request.Path, out var activityIdInPath);
        if (!HttpMethods.IsPost(ctx.Request.Method) || conversationId is null)
        {
            Tracker.OnOtherCall();
            ctx.Response.StatusCode = StatusCodes.Status200OK;
            await ctx.Response.WriteAsync("{}").ConfigureAwait(false);
            return;
        }

        string? type = null, replyToId = null;
        var counted = new CountingStream(ctx.Request.Body);
        try
        {
            using var doc = await JsonDocument.ParseAsync(counted).ConfigureAwait(false);
            var root = doc.RootElement;
            type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
            replyToId = root.TryGetProperty("replyToId", out var r) ? r.GetString() : null;
        }
        catch (JsonException)
        {
            ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (type == "message")
        {
            Tracker.OnMessageReply(conversationId, activityIdInPath ?? replyToId, arrivedAt, counted.BytesRead);
        }
        else
        {
            Tracker.OnOtherCall();
        }
        ctx.Response.StatusCode = StatusCodes.Status201Created;
        ctx.Response.ContentType = "application/json";
        var id = Interlocked.Increment(ref _nextId);
        await ctx.Response.WriteAsync($$"""{"id":"sink-{{id}}"}""").ConfigureAwait(false);
    }

    /// <summary>
    /// Finds <c>v3/conversations/{cid}/activities[/{aid}]</c> anywhere in the path (serviceUrls may carry a prefix).
    /// The path is already percent-decoded by Kestrel.
    /// </summary>
    internal static string? ConversationIdFromPath(PathString path, out string? activityId)
    {
        activityId = null;
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 3 < segments.Length; i++)
        {
            if (segments[i] == "v3" && segments[i + 1] == "conversations" && segments[i + 3] == "activities")
            {
                activityId = i + 4 < segments.Length ? segments[i + 4] : null;
                return segments[i + 2];
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
