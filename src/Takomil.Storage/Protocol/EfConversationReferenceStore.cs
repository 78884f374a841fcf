using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Takomil.Protocol;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Storage;

namespace Takomil.Storage.Protocol;

internal sealed class EfConversationReferenceStore(TakomilDbContext db, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var id = reference.Conversation?.Id;
        if (id is null || reference.ServiceUrl is null) return;
        // Keep the reference of the last inbound activity but without the activity id: it is the
        // conversation we want to reach later, not that message.
        var json = JsonSerializer.Serialize(new ConversationReference
        {
            User = reference.User,
            Bot = reference.Bot,
            Conversation = reference.Conversation,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Locale = reference.Locale,
        }, ProtocolJson.Options);
        var row = await db.ConversationReferences.SingleOrDefaultAsync(x => x.ConversationId == id, cancellationToken).ConfigureAwait(false);
        var serviceUrl = reference.ServiceUrl.TrimEnd('/');
        if (row is null)
        {
            // Teams sends two install events at once: the first turn's insert wins, the other's is a no-op.
            await InsertIfAbsent.ConversationReferenceAsync(db, new ConversationReferenceRow
            {
                ConversationId = id,
                ConversationType = reference.Conversation?.ConversationType,
                UserId = reference.User?.Id,
                UserAadObjectId = reference.User?.AadObjectId,
                TenantId = reference.Conversation?.TenantId,
                ServiceUrl = serviceUrl,
                ReferenceJson = json,
                UpdatedAt = time.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (row.ServiceUrl == serviceUrl && row.UserId == reference.User?.Id && row.TenantId == reference.Conversation?.TenantId)
        {
            return; // unchanged: no write on every turn
        }
        row.ConversationType = reference.Conversation?.ConversationType;
        row.UserId = reference.User?.Id;
        row.UserAadObjectId = reference.User?.AadObjectId;
        row.TenantId = reference.Conversation?.TenantId;
        row.ServiceUrl = serviceUrl;
        row.ReferenceJson = json;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var json = await db.ConversationReferences.AsNoTracking().Where(x => x.ConversationId == conversationId)
            .Select(x => x.ReferenceJson).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<ConversationReference>(json, ProtocolJson.Options);
    }

    public async Task<ConversationReference?> FindPersonalByUserAsync(string userId, CancellationToken cancellationToken)
    {
        var json = await db.ConversationReferences.AsNoTracking()
            .Where(x => x.UserId == userId && x.ConversationType == ConversationTypes.Personal)
            .OrderByDescending(x => x.UpdatedAt).Select(x => x.ReferenceJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<ConversationReference>(json, ProtocolJson.Options);
    }

    public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var normalized = serviceUrl.TrimEnd('/');
        return db.ConversationReferences.AsNoTracking().AnyAsync(x => x.ServiceUrl == normalized, cancellationToken);
    }
}
