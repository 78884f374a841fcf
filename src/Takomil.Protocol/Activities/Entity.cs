using System.Text.Json;
using System.Text.Json.Serialization;

namespace Takomil.Protocol.Activities;

/// <summary>An activity entity; the type decides the rest, which stays in <see cref="Extra"/>.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    public Mention? AsMention()
    {
        if (Type != "mention" || Extra is null) return null;
        var mentioned = Extra.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.Deserialize<ChannelAccount>(ProtocolJson.Options)
            : null;
        var text = Extra.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return mentioned is null ? null : new Mention(mentioned, text);
    }

    public static Entity FromMention(ChannelAccount mentioned, string text) => new()
    {
        Type = "mention",
        Extra = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(mentioned, ProtocolJson.Options),
            ["text"] = JsonSerializer.SerializeToElement(text, ProtocolJson.Options),
        },
    };
}

public sealed record Mention(ChannelAccount Mentioned, string? Text);
