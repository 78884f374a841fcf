using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Takomil.Bench;

/// <summary>
/// A Teams-shaped inbound message activity, as the Agents Playground sends a personal-chat message
/// (shared/samples/playground/in-message-personal.json), with the serviceUrl pointing at the sink.
/// </summary>
internal sealed class TeamsActivity(Uri serviceUrl, string conversationId, int userIndex)
{
    private const string TenantId = "00000000-0000-0000-0000-0000000000001";
    private const string BotId = "28:00000000-0000-0000-0000-00000000b0b0";

    private readonly string _serviceUrl = serviceUrl.AbsoluteUri;
    private readonly string _userId = string.Create(CultureInfo.InvariantCulture, $"29:bench-user-{userIndex:D4}");
    private readonly string _aadObjectId = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{userIndex:D12}");

    public string ConversationId { get; } = conversationId;

    public byte[] Build(string activityId, string text)
    {
        var now = DateTimeOffset.UtcNow;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "message");
            w.WriteString("id", activityId);
            w.WriteString("timestamp", now);
            w.WriteString("localTimestamp", now);
            w.WriteString("localTimezone", "Asia/Tashkent");
            w.WriteString("serviceUrl", _serviceUrl);
            w.WriteString("channelId", "msteams");
            w.WriteStartObject("from");
            w.WriteString("id", _userId);
            w.WriteString("name", "Bench User");
            w.WriteString("aadObjectId", _aadObjectId);
            w.WriteEndObject();
            w.WriteStartObject("conversation");
            w.WriteString("conversationType", "personal");
            w.WriteString("tenantId", TenantId);
            w.WriteString("id", ConversationId);
            w.WriteEndObject();
            w.WriteStartObject("recipient");
            w.WriteString("id", BotId);
            w.WriteString("name", "Takomil");
            w.WriteEndObject();
            w.WriteString("textFormat", "plain");
            w.WriteString("text", text);
            w.WriteString("locale", "en-US");
            w.WriteStartArray("entities");
            w.WriteStartObject();
            w.WriteString("type", "clientInfo");
            w.WriteString("locale", "en-US");
            w.WriteString("country", "UZ");
            w.WriteString("platform", "Web");
            w.WriteString("timezone", "Asia/Tashkent");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("channelData");
            w.WriteStartObject("tenant");
            w.WriteString("id", TenantId);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
