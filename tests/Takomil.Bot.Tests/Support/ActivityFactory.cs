using System.Text.Json;
using Takomil.Protocol;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Support;

/// <summary>Inbound activities shaped like the ones Teams and the Agents Playground send.</summary>
public static class ActivityFactory
{
    public const string BotId = "28:takomil-bot";
    public const string ServiceUrl = "http://127.0.0.1:59999/_connector";
    public const string TenantId = "5e1f0c3a-7b2d-4c8e-9a41-2f6d8b0c1e77";

    public static Activity Message(string text, string conversationId = "conv-personal", string userId = "29:user-a", string conversationType = ConversationTypes.Personal, string? locale = "en-US") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        Text = text,
        Locale = locale,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = userId, Name = "Dilnoza Karimova", AadObjectId = "6a1e2b3c-0001-4d5e-8f90-a1b2c3d4e501" },
        Recipient = new ChannelAccount { Id = BotId, Name = "Takomil" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = TenantId, IsGroup = conversationType == ConversationTypes.Personal ? null : true },
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId } }),
    };

    public static Activity GroupMention(string command, string conversationId = "19:group@thread.v2")
    {
        var activity = Message($"<at>Takomil</at> {command}", conversationId, conversationType: ConversationTypes.GroupChat);
        activity.Entities = [Entity.FromMention(new ChannelAccount { Id = BotId, Name = "Takomil" }, "<at>Takomil</at>")];
        return activity;
    }

    public static Activity BotAdded(string conversationId = "conv-personal")
    {
        var activity = Message(string.Empty, conversationId);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [new ChannelAccount { Id = "29:user-a" }, new ChannelAccount { Id = BotId }];
        return activity;
    }

    public static Activity CardExecute(string verb, object data, string replyToId = "card-1", string conversationId = "conv-personal", string userId = "29:user-a")
    {
        var activity = Message(string.Empty, conversationId, userId);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Text = null;
        activity.ReplyToId = replyToId;
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        return activity;
    }

    public static Activity CardSubmit(object valueWithVerb, string replyToId = "card-1", string conversationId = "conv-personal", string userId = "29:user-a")
    {
        var activity = Message(string.Empty, conversationId, userId);
        activity.Text = null;
        activity.ReplyToId = replyToId;
        activity.Value = JsonSerializer.SerializeToElement(valueWithVerb);
        return activity;
    }

    public static StringContent ToContent(Activity activity) =>
        new(JsonSerializer.Serialize(activity, ProtocolJson.Options), System.Text.Encoding.UTF8, "application/json");
}
