namespace Takomil.Storage.Approvals;

/// <summary>
/// One version of an inspection's action plan as it was saved: number, content hash and the items' JSON, so the
/// version an approver decided on can be shown again after the plan changed.
/// </summary>
public sealed class PlanVersionRow
{
    public Guid InspectionId { get; set; }

    public int Number { get; set; }

    public required string Hash { get; set; }

    public required string ItemsJson { get; set; }

    public Guid ChangedBy { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

/// <summary>
/// An approval card the bot posted (a working group's chat, or an approver's 1:1 chat), so every copy can be
/// updated when a decision changes what it shows.
/// </summary>
public sealed class ApprovalCardRow
{
    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }

    public Guid InspectionId { get; set; }

    /// <summary>The approver's Teams id for a 1:1 card; null for a group chat or channel.</summary>
    public string? UserId { get; set; }

    /// <summary>The language the card was written in (the chat's or the approver's).</summary>
    public string? Language { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
