using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Routing;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Hosting;

/// <summary>
/// Writes to a person who did not just write to the bot (an interviewee, an approver, an executor):
/// into their 1:1 chat with the bot if it exists, else it opens one (Teams needs the user id, the
/// tenant and a serviceUrl the bot already trusts, taken from the conversation where the person was met).
/// </summary>
public sealed class ProactiveMessenger(IConversationReferenceStore references, IConnectorClient connector, IOutboundSender sender)
{
    /// <param name="userId">The person's Teams id (<c>29:…</c>).</param>
    /// <param name="via">A conversation the bot shares with them (e.g. the working group's chat): its serviceUrl, tenant and bot account are used to open the 1:1.</param>
    /// <param name="build">Builds the message for the 1:1 conversation reference.</param>
    /// <returns>The personal conversation used, and the sent activity id (null if queued for retry).</returns>
    public async Task<(ConversationReference Conversation, string? ActivityId)> SendToUserAsync(
        string userId, ConversationReference via, Func<ConversationReference, Activity> build, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(via);
        ArgumentNullException.ThrowIfNull(build);

        var personal = await references.FindPersonalByUserAsync(userId, cancellationToken).ConfigureAwait(false)
            ?? await OpenPersonalChatAsync(userId, via, cancellationToken).ConfigureAwait(false);
        var id = await sender.SendAsync(build(personal), cancellationToken).ConfigureAwait(false);
        return (personal, id);
    }

    /// <summary>
    /// The person's 1:1 conversation with the bot, opened through <paramref name="via"/> when there is none yet;
    /// for callers that queue the message themselves (e.g. in one transaction with a "sent" marker).
    /// </summary>
    public async Task<ConversationReference> PersonalConversationAsync(string userId, ConversationReference via, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(via);
        return await references.FindPersonalByUserAsync(userId, cancellationToken).ConfigureAwait(false)
            ?? await OpenPersonalChatAsync(userId, via, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConversationReference> OpenPersonalChatAsync(string userId, ConversationReference via, CancellationToken cancellationToken)
    {
        var tenant = via.Conversation?.TenantId ?? throw new InvalidOperationException("The conversation has no tenant; Teams needs one to open a 1:1 chat.");
        var serviceUrl = via.ServiceUrl ?? throw new InvalidOperationException("The conversation has no serviceUrl.");
        var bot = via.Bot ?? throw new InvalidOperationException("The conversation has no bot account.");
        var created = await connector.CreateConversationAsync(serviceUrl,
            ProactiveConversation.PersonalChat(bot.Id!, userId, tenant), cancellationToken).ConfigureAwait(false);
        var personal = new ConversationReference
        {
            ChannelId = via.ChannelId,
            ServiceUrl = created.ServiceUrl ?? serviceUrl,
            Bot = new ChannelAccount { Id = bot.Id, Name = bot.Name },
            User = new ChannelAccount { Id = userId },
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = ConversationTypes.Personal, TenantId = tenant },
            Locale = via.Locale,
        };
        await references.SaveAsync(personal, cancellationToken).ConfigureAwait(false);
        return personal;
    }
}
