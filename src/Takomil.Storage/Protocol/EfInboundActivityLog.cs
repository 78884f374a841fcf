using Microsoft.EntityFrameworkCore;
using Takomil.Protocol.Storage;

namespace Takomil.Storage.Protocol;

/// <summary>De-duplication by primary key: the insert that wins claims the activity.</summary>
internal sealed class EfInboundActivityLog(TakomilDbContext db, TimeProvider time) : IInboundActivityLog
{
    public async Task<InboundClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var row = new InboundActivityRow { Key = key, SeenAt = time.GetUtcNow() };
        db.InboundActivities.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new InboundClaim(true, null, null);
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            var existing = await db.InboundActivities.AsNoTracking().SingleOrDefaultAsync(x => x.Key == key, cancellationToken).ConfigureAwait(false);
            if (existing is null) throw;
            return new InboundClaim(false, existing.InvokeStatus, existing.InvokeResponseJson);
        }
    }

    public async Task CompleteAsync(string key, int? invokeStatus, string? invokeResponseJson, CancellationToken cancellationToken)
    {
        if (invokeStatus is null) return;
        await db.InboundActivities.Where(x => x.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvokeStatus, invokeStatus).SetProperty(x => x.InvokeResponseJson, invokeResponseJson), cancellationToken)
            .ConfigureAwait(false);
    }
}
