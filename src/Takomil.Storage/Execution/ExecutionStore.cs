using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Execution;
using Takomil.Protocol.Storage;
using Takomil.Storage.Inspections;
using Takomil.Storage.Protocol;

namespace Takomil.Storage.Execution;

/// <summary>A notice to deliver once: its marker key, what it is about, and the outbox item that carries it.</summary>
public sealed record OnceNotice(string Key, Guid InspectionId, Guid? ItemId, string Kind, string RecipientUserId, OutboxItem Delivery);

/// <summary>Stage 4 proposals and the exactly-once notices of stage 5.</summary>
public sealed class ExecutionStore(TakomilDbContext db)
{
    /// <summary>Stages a proposal; the caller's <c>InspectionsUnitOfWork</c> commit saves it with its audit entry.</summary>
    public void Add(IctProposal proposal) => db.IctProposals.Add(proposal);

    public async Task<IReadOnlyList<IctProposal>> ProposalsAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        await db.IctProposals.AsNoTracking().Where(p => p.InspectionId == inspectionId)
            .OrderBy(p => p.SubmittedAt).ToListAsync(cancellationToken).ConfigureAwait(false);

    public Task<bool> WasSentAsync(string key, CancellationToken cancellationToken) =>
        db.ExecutionNotices.AsNoTracking().AnyAsync(n => n.Key == key, cancellationToken);

    public async Task<int> CountAsync(string keyPrefix, CancellationToken cancellationToken) =>
        await db.ExecutionNotices.AsNoTracking().CountAsync(n => n.Key.StartsWith(keyPrefix), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Inserts the notice's marker and its outbox row in one transaction (one <c>SaveChanges</c>). True when this
    /// call queued it; false when the marker was already there (another instance, an earlier firing, a retry).
    /// </summary>
    public async Task<bool> TryQueueOnceAsync(OnceNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (await WasSentAsync(notice.Key, cancellationToken).ConfigureAwait(false)) return false;
        var item = notice.Delivery;
        var marker = db.ExecutionNotices.Add(new ExecutionNoticeRow
        {
            Key = notice.Key,
            InspectionId = notice.InspectionId,
            ItemId = notice.ItemId,
            Kind = notice.Kind,
            RecipientUserId = notice.RecipientUserId,
            OutboxId = item.Id,
            CreatedAt = item.CreatedAt,
        });
        var row = db.Outbox.Add(OutboxRow.From(item));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance inserted the same key between our check and our commit: it delivers, we do not.
            marker.State = EntityState.Detached;
            row.State = EntityState.Detached;
            return false;
        }
    }
}
