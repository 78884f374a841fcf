using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Audit;

namespace Takomil.Storage.Inspections;

/// <summary>Reads and verifies the stored hash chain. Entries are written only by <see cref="InspectionsUnitOfWork"/>.</summary>
public sealed class AuditTrail(IInspectionsDbContext db)
{
    /// <summary>Walks the whole chain in sequence order, streaming, and names the first bad entry.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var verifier = new AuditChainVerifier();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Check(entry)) break;
        }
        return verifier.Result;
    }

    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subject, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
}
