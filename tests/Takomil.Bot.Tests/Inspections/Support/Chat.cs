using System.Text.Json;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Inspections.Support;

/// <summary>Builds Teams-shaped activities from a person in a personal chat, a group chat or a channel.</summary>
public sealed record Chat(string ConversationId, string ConversationType)
{
    public static Chat PersonalOf(Person person) => new($"a:personal-{person.Id}", ConversationTypes.Personal);

    public static Chat Group(string name) => new($"19:{name}@thread.v2", ConversationTypes.GroupChat);

    /// <summary>A reply in a channel thread: the conversation id carries the thread's message id.</summary>
    public static Chat ChannelThread(string channel, string messageId) => new($"19:{channel}@thread.tacv2;messageid={messageId}", ConversationTypes.Channel);

    public bool IsGroup => ConversationType != ConversationTypes.Personal;

    /// <summary>A message; in a group chat or channel it @mentions the bot first, as Teams requires.</summary>
    public Activity Say(Person from, string text, string locale = "en-US", params Person[] mentions)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(mentions);
        var entities = new List<Entity>();
        if (IsGroup)
        {
            text = "<at>Takomil</at> " + text;
            entities.Add(Entity.FromMention(new ChannelAccount { Id = ActivityFactory.BotId, Name = "Takomil" }, "<at>Takomil</at>"));
        }
        entities.AddRange(mentions.Select(m => m.Mention));
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString(),
            Text = text,
            TextFormat = TextFormats.Plain,
            Locale = locale,
            ChannelId = "msteams",
            ServiceUrl = ActivityFactory.ServiceUrl,
            From = from.Account,
            Recipient = new ChannelAccount { Id = ActivityFactory.BotId, Name = "Takomil" },
            Conversation = new ConversationAccount
            {
                Id = ConversationId,
                ConversationType = ConversationType,
                TenantId = ActivityFactory.TenantId,
                IsGroup = IsGroup ? true : null,
            },
            Entities = entities,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = ActivityFactory.TenantId } }),
        };
    }

    /// <summary>An <c>Action.Execute</c> click on a card the bot sent here.</summary>
    public Activity Click(Person from, string verb, object data, string locale = "en-US")
    {
        var activity = Say(from, string.Empty, locale);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Text = null;
        activity.Entities = null;
        activity.ReplyToId = "card-" + Guid.NewGuid().ToString("N")[..8];
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        return activity;
    }
}
