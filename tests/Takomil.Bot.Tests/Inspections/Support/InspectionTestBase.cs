using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Storage;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Inspections.Support;

/// <summary>Talks to the bot through <c>/api/messages</c> as Teams would, and reads what it answered.</summary>
public abstract class InspectionTestBase : IClassFixture<InspectionsHost>, IDisposable
{
    protected InspectionTestBase(InspectionsHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        Host = host;
        Client = host.App.CreateClient();
        host.Connector.Clear();
    }

    protected InspectionsHost Host { get; }

    protected HttpClient Client { get; }

    /// <summary>Sends a message and returns every activity the bot sent into that conversation in reply.</summary>
    protected async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Host.Connector.Clear();
        using var content = ActivityFactory.ToContent(activity);
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. Host.Connector.Sent.Where(a => a.Conversation?.Id == activity.Conversation?.Id)];
    }

    /// <summary>Sends a message and returns the one reply.</summary>
    protected async Task<Activity> AskAsync(Activity activity) => Assert.Single(await SendAsync(activity));

    /// <summary>Posts an invoke and returns the adaptive-card invoke response body.</summary>
    protected async Task<JsonElement> ClickAsync(Activity invoke)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        using var content = ActivityFactory.ToContent(invoke);
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The reply's Adaptive Card as JSON.</summary>
    protected static JsonNode CardOf(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var attachment = Assert.Single(reply.Attachments ?? []);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        return JsonNode.Parse(((JsonElement)attachment.Content!).GetRawText())!;
    }

    /// <summary>Every string a user can read in an activity or a card (texts, fact titles and values, button titles).</summary>
    protected static string Visible(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var parts = new List<string>();
        if (activity.Text is { } text) parts.Add(text);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is JsonElement card) Collect(card, parts);
        }
        return string.Join("\n", parts);
    }

    protected static string Visible(JsonElement element)
    {
        var parts = new List<string>();
        Collect(element, parts);
        return string.Join("\n", parts);
    }

    /// <summary>The data of the card's Action.Execute buttons with this verb.</summary>
    protected static IReadOnlyList<JsonElement> ButtonData(Activity reply, string verb)
    {
        var card = JsonSerializer.Deserialize<JsonElement>(CardOf(reply).ToJsonString());
        var found = new List<JsonElement>();
        FindButtons(card, verb, found);
        return found;
    }

    /// <summary>The inspection of a service in the test database, as stored.</summary>
    protected async Task<Inspection?> InspectionOfAsync(string serviceCode)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
        var service = db.Services.Single(s => s.Code == serviceCode);
        return await scope.ServiceProvider.GetRequiredService<InspectionRepository>().FindByServiceAsync(service.Id, 2026, CancellationToken.None);
    }

    private static void Collect(JsonElement e, List<string> parts)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: parts.Add(e.GetString()!); break;
            case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Collect(i, parts); break;
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    // Ids and verbs are not text a user reads.
                    if (p.Name is "data" or "verb" or "type" or "$schema" or "version") continue;
                    Collect(p.Value, parts);
                }
                break;
        }
    }

    private static void FindButtons(JsonElement e, string verb, List<JsonElement> found)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) FindButtons(i, verb, found); break;
            case JsonValueKind.Object:
                if (e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"
                    && e.TryGetProperty("verb", out var v) && v.GetString() == verb)
                {
                    found.Add(e.GetProperty("data"));
                }
                foreach (var p in e.EnumerateObject()) FindButtons(p.Value, verb, found);
                break;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
    }
}
