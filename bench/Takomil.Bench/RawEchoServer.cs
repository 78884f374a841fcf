using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Takomil.Bench;

/// <summary>
/// The raw baseline: an ASP.NET Core minimal endpoint that parses the activity with System.Text.Json
/// and POSTs an echo reply to its serviceUrl with HttpClient — the least any bot must do per turn.
/// Runs as its own process (<c>--serve-raw PORT</c>) so it is set up like the other two targets.
/// </summary>
internal static class RawEchoServer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = 1024,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        });
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, CancellationToken ct) => EchoAsync(request, http, ct));
        await app.StartAsync().ConfigureAwait(false);
        var bound = new Uri(app.Urls.First()).Port;
        Console.WriteLine($"listening {bound}");
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task<IResult> EchoAsync(HttpRequest request, HttpClient http, CancellationToken ct)
    {
        InboundActivity? activity;
        try
        {
            activity = await request.ReadFromJsonAsync<InboundActivity>(Json, ct).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.BadRequest("invalid activity JSON");
        }
        if (activity is not { Type: "message", Id: not null, Conversation.Id: not null }
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || !serviceUrl.IsLoopback)
        {
            return Results.BadRequest("need a message with id, conversation.id and a loopback serviceUrl");
        }

        var reply = new OutboundActivity(
            Type: "message",
            ChannelId: activity.ChannelId,
            ServiceUrl: activity.ServiceUrl,
            Conversation: activity.Conversation,
            From: activity.Recipient,
            Recipient: activity.From,
            ReplyToId: activity.Id,
            Text: $"echo: {activity.Text}");
        if (!serviceUrl.AbsolutePath.EndsWith('/'))
        {
            serviceUrl = new Uri(serviceUrl.AbsoluteUri + "/");
        }
        var url = new Uri(serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(activity.Conversation.Id)}/activities/{Uri.EscapeDataString(activity.Id)}");
        using var response = await http.PostAsJsonAsync(url, reply, Json, ct).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(StatusCodes.Status502BadGateway);
    }

    private sealed record Account(string? Id, string? Name);

    private sealed record Conversation(string? Id, string? ConversationType, string? TenantId);

    private sealed record InboundActivity(
        string? Type, string? Id, string? ServiceUrl, string? ChannelId, string? Text,
        Conversation? Conversation, Account? From, Account? Recipient);

    private sealed record OutboundActivity(
        string Type, string? ChannelId, string? ServiceUrl, Conversation Conversation,
        Account? From, Account? Recipient, string ReplyToId, string Text);
}
