using System.Text.Json;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>Every string a user can read in a card or an activity, joined.</summary>
public static class TestText
{
    public static string Visible(JsonElement element)
    {
        var parts = new List<string>();
        Collect(element, parts);
        return string.Join("\n", parts);
    }

    public static string Visible(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var parts = new List<string>();
        if (activity.Text is { } t) parts.Add(t);
        foreach (var a in activity.Attachments ?? []) if (a.Content is { } c) Collect(c, parts);
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
}
