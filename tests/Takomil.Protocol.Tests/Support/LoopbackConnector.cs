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

namespace Takomil.Protocol.Tests.Support;

/// <summary>
/// A fake Bot Connector speaking real HTTP on 127.0.0.1 (random port). It records every request and answers
/// from a script (one <see cref="ScriptedResponse"/> per call, in order), or with a Playground-like default:
/// POST → 201 <c>{"id":…}</c>, PUT → 200 <c>{"id":activityId}</c>, GET → 200 <c>{"members":[]}</c>.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Func<DateTimeOffset> _clock;
    private int _nextId;

    private LoopbackConnector(WebApplication app, Func<DateTimeOffset> clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>A serviceUrl with a path prefix and no trailing slash, as the Agents Playground sends it.</summary>
    public string ServiceUrl => BaseUri.AbsoluteUri + "_connector";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <param name="clock">Stamps each recorded request (pass a fake clock's now); wall clock by default.</param>
    public static async Task<LoopbackConnector> StartAsync(Func<DateTimeOffset>? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new LoopbackConnector(app, clock ?? (() => DateTimeOffset.UtcNow));
        app.Run(connector.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return connector;
    }

    /// <summary>Queues the answer to the next unanswered call.</summary>
    public void Enqueue(ScriptedResponse response) => _script.Enqueue(response);

    public void Enqueue(int status, string? body = null, params (string Name, string Value)[] headers) =>
        Enqueue(new ScriptedResponse(status, body, headers));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var request = context.Request;
        _requests.Enqueue(new RecordedRequest(
            request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _clock()));

        var scripted = _script.TryDequeue(out var next) ? next : Default(request);
        if (scripted.Abort)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = scripted.Status;
        foreach (var (name, value) in scripted.Headers ?? []) context.Response.Headers[name] = value;
        if (scripted.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(scripted.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private ScriptedResponse Default(HttpRequest request)
    {
        if (HttpMethods.IsPost(request.Method))
            return new ScriptedResponse(201, JsonSerializer.Serialize(new { id = $"generated-{Interlocked.Increment(ref _nextId)}" }));
        if (HttpMethods.IsPut(request.Method))
            return new ScriptedResponse(200, JsonSerializer.Serialize(new { id = request.Path.Value?.Split('/')[^1] }));
        if (HttpMethods.IsGet(request.Method))
            return new ScriptedResponse(200, """{"members":[]}""");
        return new ScriptedResponse(200);
    }
}

/// <summary>How the fake answers one call; <see cref="Abort"/> drops the connection without an answer.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyList<(string Name, string Value)>? Headers = null, bool Abort = false)
{
    public static ScriptedResponse Dropped { get; } = new(0, Abort: true);
}

/// <summary>One request as the fake connector saw it. <see cref="RawTarget"/> keeps the escaping the client sent.</summary>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt);
