using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Preferences;

/// <summary>Which inspection a group chat or channel works on (see <see cref="ChatLinkRow"/>).</summary>
public interface IChatLinks
{
    Task<Guid?> FindInspectionAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the link without saving: the caller's <c>InspectionsUnitOfWork</c> commit saves it together with
    /// the inspection it belongs to (same DbContext, same transaction).
    /// </summary>
    Task StageAsync(string conversationId, Guid inspectionId, Guid linkedBy, DateTimeOffset at, CancellationToken cancellationToken);
}

public sealed class EfChatLinks(TakomilDbContext db) : IChatLinks
{
    public async Task<Guid?> FindInspectionAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var row = await db.Set<ChatLinkRow>().AsNoTracking()
            .FirstOrDefaultAsync(x => x.ConversationId == conversationId, cancellationToken).ConfigureAwait(false);
        return row?.InspectionId;
    }

    public async Task StageAsync(string conversationId, Guid inspectionId, Guid linkedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var set = db.Set<ChatLinkRow>();
        var row = await set.FirstOrDefaultAsync(x => x.ConversationId == conversationId, cancellationToken).ConfigureAwait(false);
        if (row is null) set.Add(row = new ChatLinkRow { ConversationId = conversationId });
        row.InspectionId = inspectionId;
        row.LinkedBy = linkedBy;
        row.LinkedAt = at;
    }
}
