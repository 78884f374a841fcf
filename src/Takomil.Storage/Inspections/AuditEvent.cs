using Takomil.Domain.Audit;

namespace Takomil.Storage.Inspections;

/// <summary>What a commit records in the audit trail: who did what to which subject, with a JSON payload.</summary>
public sealed record AuditEvent(string Actor, string Action, string Subject, string PayloadJson, DateTimeOffset At)
{
    /// <summary>An event by an official; <paramref name="payload"/> is serialised as JSON.</summary>
    public static AuditEvent By(Guid officialId, string action, string subject, object payload, DateTimeOffset at) =>
        new($"official:{officialId}", action, subject, DomainJson.Serialize(payload), at);

    internal AuditEntry After(AuditEntry? previous) => AuditChain.Next(previous, At, Actor, Action, Subject, PayloadJson);
}
