using Takomil.Protocol.Activities;

namespace Takomil.Bot.Inspections;

/// <summary>Where a message was said: a personal chat, or a group chat or channel that can work on an inspection.</summary>
public static class ChatScope
{
    public static bool IsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        return type is ConversationTypes.GroupChat or ConversationTypes.Channel
            || (type is null && activity.Conversation?.IsGroup == true);
    }

    /// <summary>
    /// The chat's link key: the conversation id without <c>;messageid=…</c>, so every thread of a channel shares the
    /// channel's link. Null outside group chats and channels.
    /// </summary>
    public static string? LinkKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.Conversation?.Id;
        if (!IsGroup(activity) || string.IsNullOrWhiteSpace(id)) return null;
        var cut = id.IndexOf(';', StringComparison.Ordinal);
        return cut < 0 ? id : id[..cut];
    }
}
