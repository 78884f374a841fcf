namespace Takomil.Storage.Protocol;

/// <summary>An inbound activity already handled (channels retry), with the invoke answer to repeat.</summary>
public sealed class InboundActivityRow
{
    public required string Key { get; set; }
    public DateTimeOffset SeenAt { get; set; }
    public int? InvokeStatus { get; set; }
    public string? InvokeResponseJson { get; set; }
}

/// <summary>The latest reference of a conversation, to write to it later.</summary>
public sealed class ConversationReferenceRow
{
    public required string ConversationId { get; set; }
    public string? ConversationType { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? TenantId { get; set; }
    public required string ServiceUrl { get; set; }
    public required string ReferenceJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An outbound activity waiting for a retry.</summary>
public sealed class OutboxRow
{
    /// <summary>A new, unleased row for an item queued now (by the outbox, or together with a once-only marker).</summary>
    public static OutboxRow From(Takomil.Protocol.Storage.OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new OutboxRow
        {
            Id = item.Id,
            Operation = (int)item.Operation,
            ConversationId = item.ConversationId,
            ActivityJson = item.ActivityJson,
            TargetActivityId = item.TargetActivityId,
            Attempts = item.Attempts,
            CreatedAt = item.CreatedAt,
            NextAttemptAt = item.NextAttemptAt,
            LeaseUntil = DateTimeOffset.UnixEpoch,
        };
    }

    public Guid Id { get; set; }
    public int Operation { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityJson { get; set; }
    public string? TargetActivityId { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public bool DeadLettered { get; set; }
    public string? LastError { get; set; }
    /// <summary>Bumped on every claim, so two instances cannot both take one item.</summary>
    public int Version { get; set; }
}
