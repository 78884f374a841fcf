using System.Text.Json;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Connector;

/// <summary>Builds the <c>POST v3/conversations</c> body Teams needs to open a 1:1 chat (brief §2).</summary>
public static class ProactiveConversation
{
    /// <summary>
    /// <c>{isGroup:false, bot:{id}, members:[{id}], tenantId, channelData:{tenant:{id}}}</c>. Teams needs both
    /// the user's id (<c>29:…</c>) and the tenant; <paramref name="botId"/> is the bot's channel id (<c>28:&lt;appId&gt;</c>).
    /// </summary>
    public static ConversationParameters PersonalChat(string botId, string userId, string tenantId, Activity? firstActivity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);

        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            Activity = firstActivity,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }, ProtocolJson.Options),
        };
    }
}
