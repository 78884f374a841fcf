using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Takomil.Domain.Audit;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Storage.Inspections;

/// <summary>
/// The one write path of the inspection storage. A commit saves every staged change, raises the version of each
/// changed aggregate (optimistic concurrency: a version column works alike on SQLite and PostgreSQL), keeps a
/// revision row for each changed process model and appends one audit entry — all in one transaction.
/// </summary>
public sealed class InspectionsUnitOfWork(IInspectionsDbContext db, TimeProvider time)
{
    private const int MaxAuditRaces = 5;
    private const string VersionProperty = "Version";
    private const long AuditLockKey = 0x54616b6f6d696c; // "Takomil"


    public async Task CommitAsync(AuditEvent audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        db.ChangeTracker.DetectChanges();
        var changedRoots = ChangedAggregateRoots();
        foreach (var root in changedRoots) BumpVersion(root);
        AddModelRevisions(changedRoots);

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockAuditHeadAsync(cancellationToken);
            var head = await Head(cancellationToken);
            var auditEntry = db.AuditEntries.Add(audit.After(head));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                auditEntry.State = EntityState.Detached;
                throw new ConcurrencyConflictException([.. ex.Entries.Select(Describe)], ex);
            }
            catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                auditEntry.State = EntityState.Detached;
                // A row someone else inserted meanwhile can trip a unique index before the version check is reached:
                // report that as the conflict it is.
                var stale = await StaleAggregates(changedRoots, cancellationToken);
                if (stale.Count > 0) throw new ConcurrencyConflictException(stale, ex);
                // Another writer took our audit sequence number: take the new head and try again.
                var moved = (await Head(cancellationToken))?.Sequence != head?.Sequence;
                if (!moved) throw new DuplicateEntityException("The change duplicates an existing record.", ex);
                if (attempt >= MaxAuditRaces) throw new ConcurrencyConflictException("The audit trail is too busy; try again.", ex);
            }
        }
    }

    private static async Task<List<string>> StaleAggregates(List<EntityEntry> roots, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        foreach (var root in roots.Where(r => r.State != EntityState.Added))
        {
            var stored = await root.GetDatabaseValuesAsync(cancellationToken);
            var expected = (int)root.Property(VersionProperty).OriginalValue!;
            if (stored is null || (int)stored[VersionProperty]! != expected) stale.Add(Describe(root));
        }
        return stale;
    }

    private static string Describe(EntityEntry entry) =>
        $"{entry.Metadata.ClrType.Name}:{string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue))}";

    /// <summary>
    /// Appends to the chain one at a time. SQLite's write transaction already does that; PostgreSQL gets a
    /// transaction-scoped advisory lock (released at commit or rollback). The retry on a duplicate sequence
    /// stays as the safety net.
    /// </summary>
    private async Task LockAuditHeadAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);
        }
    }

    private Task<AuditEntry?> Head(CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Aggregates with a version column that are new, changed, or own a changed collection row (an owned row
    /// changing alone would otherwise not touch the parent, and so skip the concurrency check).
    /// </summary>
    private List<EntityEntry> ChangedAggregateRoots()
    {
        var roots = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Metadata.IsOwned() || entry.Metadata.FindProperty(VersionProperty) is null) continue;
            var ownedChanged = entry.Navigations
                .Where(n => n.Metadata.TargetEntityType.IsOwned() && n.CurrentValue is not null)
                .SelectMany(n => n.Metadata.IsCollection ? ((System.Collections.IEnumerable)n.CurrentValue!).Cast<object>() : [n.CurrentValue!])
                .Any(child => db.Entry(child).State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
            if (entry.State is EntityState.Added or EntityState.Modified || (entry.State == EntityState.Unchanged && ownedChanged))
            {
                roots.Add(entry);
            }
        }
        // Owned rows removed from a collection are no longer reachable from it; they still mark their owner changed.
        foreach (var orphan in db.ChangeTracker.Entries().Where(e => e.Metadata.IsOwned() && e.State == EntityState.Deleted))
        {
            var ownership = orphan.Metadata.FindOwnership()!;
            var ownerKey = ownership.Properties.Select(p => orphan.Property(p.Name).OriginalValue).ToArray();
            var owner = db.ChangeTracker.Entries()
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                    && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(ownerKey));
            if (owner is not null && !roots.Contains(owner)) roots.Add(owner);
        }
        return roots;
    }

    private static void BumpVersion(EntityEntry entry)
    {
        var version = entry.Property(VersionProperty);
        version.CurrentValue = (int)version.OriginalValue! + 1;
    }

    private void AddModelRevisions(IEnumerable<EntityEntry> changedRoots)
    {
        var now = Moments.Normalize(time.GetUtcNow());
        foreach (var entry in changedRoots.Where(e => e.Entity is ProcessModel))
        {
            var model = (ProcessModel)entry.Entity;
            var revisionChanged = entry.State == EntityState.Added || entry.Property(nameof(ProcessModel.Revision)).IsModified;
            if (!revisionChanged) continue;
            db.ProcessModelRevisions.Add(new ProcessModelRevision
            {
                ModelId = model.Id,
                Revision = model.Revision,
                InspectionId = model.InspectionId,
                Kind = model.Kind.ToString(),
                ProceduresJson = DomainJson.Serialize(model.Procedures),
                ChangedBy = model.LastChange?.OfficialId,
                SavedAt = now,
            });
        }
    }
}
