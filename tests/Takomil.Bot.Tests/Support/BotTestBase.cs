using System.Net;
using System.Text.Json;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Support;

/// <summary>One fresh host (and database) per test class; helpers to talk to it as a channel would.</summary>
public abstract class BotTestBase : IClassFixture<TakomilFactory>, IDisposable
{
    protected BotTestBase(TakomilFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Factory = factory;
        Client = factory.CreateClient();
        factory.Connector.Clear();
        factory.Connector.FailWith = null;
    }

    protected TakomilFactory Factory { get; }

    protected HttpClient Client { get; }

    protected RecordingConnector Connector => Factory.Connector;

    protected async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        using var content = ActivityFactory.ToContent(activity);
        return await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    protected async Task<JsonElement> InvokeAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every string in an activity's text and card content, joined, for "did the user see X" checks.</summary>
    protected static string VisibleText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var parts = new List<string>();
        if (activity.Text is { } t) parts.Add(t);
        foreach (var a in activity.Attachments ?? [])
        {
            if (a.Content is { } c) Collect(c, parts);
        }
        return string.Join("\n", parts);
    }

    protected static string VisibleText(JsonElement element)
    {
        var parts = new List<string>();
        Collect(element, parts);
        return string.Join("\n", parts);
    }

    private static void Collect(JsonElement e, List<string> parts)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: parts.Add(e.GetString()!); break;
            case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Collect(i, parts); break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Collect(p.Value, parts); break;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
    }
}
