namespace Takomil.Domain.Audit;

public enum AuditFault
{
    /// <summary>The entry's content does not match its hash: it was edited.</summary>
    HashMismatch = 0,

    /// <summary>The entry does not point at the hash of the entry before it: one was removed, inserted or moved.</summary>
    BrokenLink = 1,

    /// <summary>Sequence numbers are not 1, 2, 3, …: an entry is missing or out of order.</summary>
    SequenceGap = 2,
}

/// <summary>The verdict on a chain; when broken, the first bad entry and why.</summary>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? FirstBadSequence, AuditFault? Fault, string? LastHash)
{
    public static AuditVerification Intact(long count, string? lastHash) => new(true, count, null, null, lastHash);
}

/// <summary>
/// Walks the chain in stored order and stops at the first bad entry. Streaming: feed it entries one by one
/// with <see cref="Check"/>, then read <see cref="Result"/>.
/// </summary>
public sealed class AuditChainVerifier
{
    private AuditEntry? _previous;
    private long _count;
    private AuditVerification? _failure;

    public AuditVerification Result => _failure ?? AuditVerification.Intact(_count, _previous?.Hash);

    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInStoredOrder)
    {
        ArgumentNullException.ThrowIfNull(entriesInStoredOrder);
        var verifier = new AuditChainVerifier();
        foreach (var entry in entriesInStoredOrder)
        {
            if (!verifier.Check(entry)) break;
        }
        return verifier.Result;
    }

    /// <summary>Checks the next entry; false once the chain is broken (later entries are not looked at).</summary>
    public bool Check(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_failure is not null) return false;
        var expectedSequence = (_previous?.Sequence ?? 0) + 1;
        var expectedPrevious = _previous?.Hash ?? AuditChain.GenesisHash;
        AuditFault? fault =
            !string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal) ? AuditFault.HashMismatch
            : entry.Sequence != expectedSequence ? AuditFault.SequenceGap
            : !string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal) ? AuditFault.BrokenLink
            : null;
        if (fault is not null)
        {
            _failure = new AuditVerification(false, _count, entry.Sequence, fault, _previous?.Hash);
            return false;
        }
        _previous = entry;
        _count++;
        return true;
    }
}
