using Microsoft.EntityFrameworkCore;
using Takomil.Protocol.Storage;

namespace Takomil.Storage.Protocol;

internal sealed class EfOutbox(TakomilDbContext db) : IOutbox
{
    public async Task EnqueueAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        db.Outbox.Add(OutboxRow.From(item));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var candidates = await db.Outbox
            .Where(x => x.SentAt == null && !x.DeadLettered && x.NextAttemptAt <= now && x.LeaseUntil <= now)
            .OrderBy(x => x.CreatedAt).Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<OutboxItem>(candidates.Count);
        foreach (var row in candidates)
        {
            row.LeaseUntil = now + lease;
            row.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                claimed.Add(new OutboxItem(row.Id, (OutboxOperation)row.Operation, row.ConversationId, row.ActivityJson,
                    row.TargetActivityId, row.Attempts, row.CreatedAt, row.NextAttemptAt));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance claimed it first.
                db.Entry(row).State = EntityState.Detached;
            }
        }
        return claimed;
    }

    public async Task MarkSentAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Outbox.SingleAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false);
        row.SentAt = DateTimeOffset.UtcNow; // informational only; ordering uses NextAttemptAt
        row.Attempts++;
        row.Version++;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkFailedAsync(Guid id, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        var row = await db.Outbox.SingleAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false);
        row.Attempts++;
        row.LastError = reason.Length > 2000 ? reason[..2000] : reason;
        row.DeadLettered = nextAttemptAt is null;
        if (nextAttemptAt is { } next) row.NextAttemptAt = next;
        row.LeaseUntil = DateTimeOffset.UnixEpoch;
        row.Version++;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
