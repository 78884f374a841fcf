using Microsoft.EntityFrameworkCore;
using Takomil.Protocol.Storage;

namespace Takomil.Storage.Protocol;

/// <summary>De-duplication by primary key: the one insert that lands claims the activity.</summary>
internal sealed class EfInboundActivityLog(TakomilDbContext db, TimeProvider time) : IInboundActivityLog
{
    public async Task<InboundClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (await InsertIfAbsent.InboundActivityAsync(db, key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return new InboundClaim(true, null, null);
        }
        var existing = await db.InboundActivities.AsNoTracking().SingleAsync(x => x.Key == key, cancellationToken).ConfigureAwait(false);
        return new InboundClaim(false, existing.InvokeStatus, existing.InvokeResponseJson);
    }

    public async Task CompleteAsync(string key, int? invokeStatus, string? invokeResponseJson, CancellationToken cancellationToken)
    {
        if (invokeStatus is null) return;
        await db.InboundActivities.Where(x => x.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvokeStatus, invokeStatus).SetProperty(x => x.InvokeResponseJson, invokeResponseJson), cancellationToken)
            .ConfigureAwait(false);
    }
}
