using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Approvals;

/// <summary>
/// Serialises the decisions on one inspection's plan, so fifty approvers answering at once take turns instead of
/// failing each other's version check. On PostgreSQL a session advisory lock keyed by the inspection (shared by every
/// instance); on SQLite (one instance) a process-wide semaphore. The version check stays the safety net.
/// </summary>
public sealed class InspectionLock(TakomilDbContext db)
{
    // Distinct from the audit chain's key space: the high bits mark "inspection lock".
    private const long KeyMark = 0x4150_0000_0000_0000;

    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Local = new();

    public async Task<IAsyncDisposable> AcquireAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            var gate = Local.GetOrAdd(inspectionId, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new Releaser(() => { gate.Release(); return ValueTask.CompletedTask; });
        }
        var key = KeyMark | (BitConverter.ToInt64(inspectionId.ToByteArray(), 0) & 0x0000_FFFF_FFFF_FFFF);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken).ConfigureAwait(false);
        return new Releaser(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None).ConfigureAwait(false);
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        });
    }

    private sealed class Releaser(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }
}
