using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Takomil.Bench.Tests;

/// <summary>How the fake bot behaves per turn.</summary>
public enum FakeBehaviour
{
    Echo,
    NeverReply,
    Fail500,
}

/// <summary>A bot on loopback that replies (or not) to the activity's serviceUrl, over real HTTP.</summary>
internal sealed class FakeTarget : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private FakeTarget(WebApplication app) => _app = app;

    public Uri MessagesUrl { get; private set; } = null!;

    public static async Task<FakeTarget> StartAsync(FakeBehaviour behaviour)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var target = new FakeTarget(app);
        app.Run(ctx => target.HandleAsync(ctx, behaviour));
        await app.StartAsync();
        target.MessagesUrl = new Uri(app.Urls.First().TrimEnd('/') + "/api/messages");
        return target;
    }

    private async Task HandleAsync(HttpContext ctx, FakeBehaviour behaviour)
    {
        if (behaviour == FakeBehaviour.Fail500)
        {
            ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
        using var doc = await JsonDocument.ParseAsync(ctx.Request.Body);
        var a = doc.RootElement;
        if (behaviour == FakeBehaviour.Echo)
        {
            var serviceUrl = new Uri(a.GetProperty("serviceUrl").GetString()!);
            var conversation = Uri.EscapeDataString(a.GetProperty("conversation").GetProperty("id").GetString()!);
            var id = a.GetProperty("id").GetString()!;
            var reply = $$"""{"type":"message","text":"echo","replyToId":"{{id}}"}""";
            using var content = new StringContent(reply, Encoding.UTF8, "application/json");
            using var sent = await _http.PostAsync(new Uri(serviceUrl, $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(id)}"), content);
            sent.EnsureSuccessStatusCode();
        }
        ctx.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
