using System.Text.Json;
using System.Text.Json.Nodes;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Tests.Cards;
using Takomil.Testing.Schemas;

namespace Takomil.Protocol.Tests.Schemas;

/// <summary>An outbound message carrying a builder card must be a valid Bot Framework Activity.</summary>
public class ActivitySchemaTests
{
    [SchemaFact]
    public void OutboundMessage_WithCardAttachment_IsValidActivity()
    {
        var json = JsonSerializer.Serialize(Message(), ProtocolJson.Options);

        SchemaValidator.Activity.AssertValid(json, "outbound message");
        Assert.Equal(ContentTypes.AdaptiveCard, JsonNode.Parse(json)!["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [SchemaFact]
    public void OutboundMessage_CardInside_IsStillValidCard()
    {
        var content = JsonNode.Parse(JsonSerializer.Serialize(Message(), ProtocolJson.Options))!["attachments"]![0]!["content"]!;

        SchemaValidator.AdaptiveCard15WithTeams.AssertValid(content.ToJsonString(), "attached card");
    }

    [SchemaFact]
    public void Message_WithoutConversation_FailsActivitySchema()
    {
        var activity = Message();
        activity.Conversation = null;

        var errors = SchemaValidator.Activity.Validate(JsonSerializer.Serialize(activity, ProtocolJson.Options));

        Assert.Contains(errors, e => e.Contains("PropertyRequired", StringComparison.Ordinal) && e.Contains("conversation", StringComparison.Ordinal));
    }

    [SchemaFact]
    public void Attachment_WithoutContentType_FailsActivitySchema()
    {
        var activity = Message();
        activity.Attachments![0].ContentType = null;

        var errors = SchemaValidator.Activity.Validate(JsonSerializer.Serialize(activity, ProtocolJson.Options));

        Assert.Contains(errors, e => e.Contains("contentType", StringComparison.Ordinal));
    }

    [SchemaFact]
    public void Attachment_WithStringContent_FailsActivitySchema()
    {
        var activity = Message();
        activity.Attachments![0].Content = JsonSerializer.SerializeToElement("not a card");

        var errors = SchemaValidator.Activity.Validate(JsonSerializer.Serialize(activity, ProtocolJson.Options));

        Assert.Contains(errors, e => e.Contains("ObjectExpected", StringComparison.Ordinal));
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Timestamp = new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.Zero),
        From = new ChannelAccount { Id = "28:takomil-bot", Name = "Takomil" },
        Recipient = new ChannelAccount { Id = "29:1a2b3c", Name = "Dilnoza" },
        Conversation = new ConversationAccount { Id = "a:1xyz", ConversationType = "personal", TenantId = "tenant-1" },
        ReplyToId = "1700000000000",
        Locale = "uz-Latn-UZ",
        Summary = "Inspection card",
        Attachments = [SampleCards.All["inspection-summary"].ToAttachment()],
    };
}
