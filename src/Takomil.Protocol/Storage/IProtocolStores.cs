using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Storage;

/// <summary>Remembers inbound activity ids so a channel's retry is not handled twice.</summary>
public interface IInboundActivityLog
{
    /// <summary>Records <paramref name="key"/> as seen. Returns false, with any stored invoke response, if it was seen before.</summary>
    Task<InboundClaim> TryClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores the invoke response body (JSON) to answer a retry of the same invoke identically.</summary>
    Task CompleteAsync(string key, int? invokeStatus, string? invokeResponseJson, CancellationToken cancellationToken);
}

public sealed record InboundClaim(bool IsFirst, int? InvokeStatus, string? InvokeResponseJson);

/// <summary>Stored conversation references, so the bot can message a person or a chat later.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);
    Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken);
    /// <summary>The personal (1:1) conversation with a user, if the bot has one.</summary>
    Task<ConversationReference?> FindPersonalByUserAsync(string userId, CancellationToken cancellationToken);
    /// <summary>Whether a serviceUrl was seen in a validated inbound activity.</summary>
    Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken);
}

/// <summary>A durable queue of outbound activities whose first send failed transiently.</summary>
public interface IOutbox
{
    Task EnqueueAsync(OutboxItem item, CancellationToken cancellationToken);
    /// <summary>Claims up to <paramref name="max"/> due items for this instance (a lease), oldest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);
    Task MarkSentAsync(Guid id, CancellationToken cancellationToken);
    /// <summary>Records a failed attempt; <paramref name="nextAttemptAt"/> null means give up (dead letter).</summary>
    Task MarkFailedAsync(Guid id, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);
}

public enum OutboxOperation
{
    Send = 0,
    Update = 1,
}

public sealed record OutboxItem(
    Guid Id,
    OutboxOperation Operation,
    string ConversationId,
    string ActivityJson,
    string? TargetActivityId,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt);
