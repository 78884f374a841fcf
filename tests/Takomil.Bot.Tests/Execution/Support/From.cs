using System.Text.Json;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Agencies;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>Activities from a seeded official, in their personal chat with the bot.</summary>
public static class From
{
    public static Activity Says(Official who, string text)
    {
        ArgumentNullException.ThrowIfNull(who);
        var activity = ActivityFactory.Message(text, conversationId: "a:personal-" + who.TeamsUserId, userId: who.TeamsUserId);
        activity.From = Account(who);
        return activity;
    }

    public static Activity Clicks(Official who, string verb, object data)
    {
        ArgumentNullException.ThrowIfNull(who);
        var activity = ActivityFactory.CardExecute(verb, data, conversationId: "a:personal-" + who.TeamsUserId, userId: who.TeamsUserId);
        activity.From = Account(who);
        return activity;
    }

    /// <summary>The invoke answer's kind: the card that replaces the old one, or a message to show.</summary>
    public static (string Type, JsonElement Value) Answer(JsonElement? body)
    {
        Assert.NotNull(body);
        return (body.Value.GetProperty("type").GetString()!, body.Value.GetProperty("value"));
    }

    private static ChannelAccount Account(Official who) =>
        new() { Id = who.TeamsUserId, Name = who.DisplayName, AadObjectId = who.EntraObjectId.ToString() };
}
