namespace Takomil.Domain.Audit;

/// <summary>
/// One append-only entry of the audit trail. <see cref="Hash"/> is SHA-256 over the canonical form of every other
/// field, including <see cref="PreviousHash"/>, so changing, removing or reordering an entry breaks the chain.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Subject,
    string PayloadJson,
    string PreviousHash,
    string Hash);
