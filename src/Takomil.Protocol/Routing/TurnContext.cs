using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Routing;

/// <summary>One inbound activity being handled, and the ways to answer it.</summary>
public sealed class TurnContext
{
    private readonly IOutboundSender _sender;

    public TurnContext(Activity activity, IOutboundSender sender, IServiceProvider services)
    {
        Activity = activity;
        _sender = sender;
        Services = services;
        CommandText = MentionText.RemoveRecipientMention(activity);
    }

    public Activity Activity { get; }

    public IServiceProvider Services { get; }

    /// <summary>The message text with the bot's own @mention removed and whitespace trimmed.</summary>
    public string CommandText { get; }

    /// <summary>Per-turn values that middleware hands to handlers (e.g. the resolved culture).</summary>
    public IDictionary<string, object> Items { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <summary>Sends a message back into the conversation, as a reply to the inbound activity.</summary>
    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        _sender.SendAsync(activity, cancellationToken);

    public Task<string?> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (card updates after <c>Action.Submit</c>).</summary>
    public Task UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken) =>
        _sender.UpdateAsync(activity, activityId, cancellationToken);
}

/// <summary>Sends outbound activities; a transient failure goes to the durable outbox instead of failing the turn.</summary>
public interface IOutboundSender
{
    /// <returns>The new activity id, or null if the send was queued for a retry.</returns>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken);
}
