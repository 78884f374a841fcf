using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Takomil.Protocol.Tests.Support;

/// <summary>
/// Stands in for the Entra token endpoint on loopback: <c>POST /{tenant}/oauth2/v2.0/token</c>. Records each
/// request's path and form fields; answers with <see cref="Respond"/> (by default a fresh token per request,
/// valid 3600 s). <see cref="HoldResponses"/> lets a test keep answers back until it releases them.
/// </summary>
public sealed class LoopbackTokenServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedTokenRequest> _requests = new();
    private TaskCompletionSource? _hold;
    private int _count;

    private LoopbackTokenServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The login URL prefix to configure (ends with '/'; the tenant goes after it).</summary>
    public Uri BaseAddress { get; }

    public IReadOnlyList<RecordedTokenRequest> Requests => _requests.ToArray();

    /// <summary>Maps the 1-based request number to the status and JSON body to answer.</summary>
    public Func<int, (int Status, string Body)> Respond { get; set; } =
        n => (200, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-{{n}}"}""");

    public static async Task<LoopbackTokenServer> StartAsync()
    {
        LoopbackTokenServer? server = null;
        var (app, baseAddress) = await LoopbackServer.StartAsync(a =>
            a.MapPost("/{tenant}/oauth2/v2.0/token", (Func<HttpContext, Task<IResult>>)(context => server!.HandleAsync(context))));
        server = new LoopbackTokenServer(app, baseAddress);
        return server;
    }

    /// <summary>Holds every answer until the returned release action runs.</summary>
    public Action HoldResponses()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = hold;
        return () => hold.TrySetResult();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var number = Interlocked.Increment(ref _count);
        _requests.Enqueue(new RecordedTokenRequest(
            context.Request.Path.Value ?? string.Empty,
            context.Request.ContentType ?? string.Empty,
            form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)));
        if (_hold is { } hold)
        {
            await hold.Task;
        }

        var (status, body) = Respond(number);
        return Results.Content(body, "application/json", statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        _hold?.TrySetResult();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedTokenRequest(string Path, string ContentType, IReadOnlyDictionary<string, string> Form);
