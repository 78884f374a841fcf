using System.Text.Json;
using Takomil.Bot.Cards;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Conversation;

/// <summary>
/// Greets a conversation once, when the bot is installed or added. Teams and the playground send
/// these events again (every page load in the playground), so the welcome is claimed in the database.
/// </summary>
public sealed class WelcomeHandler(IUserPreferences preferences, WelcomeCard card) : IConversationUpdateHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!IsBotAdded(turn.Activity)) return;
        var conversationId = turn.Activity.Conversation?.Id;
        if (conversationId is null) return;
        if (!await preferences.TryMarkWelcomedAsync(conversationId, cancellationToken).ConfigureAwait(false)) return;
        await card.SendAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsBotAdded(Activity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action is null || activity.Action.StartsWith("add", StringComparison.OrdinalIgnoreCase);
        }
        var botId = activity.Recipient?.Id;
        return botId is not null && activity.MembersAdded?.Any(m => m.Id == botId) == true
            && !IsEventType(activity, "teamMemberRemoved");
    }

    private static bool IsEventType(Activity activity, string eventType) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } cd
        && cd.TryGetProperty("eventType", out var e) && e.ValueKind == JsonValueKind.String && e.GetString() == eventType;
}
