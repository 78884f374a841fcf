using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Approvals;

/// <summary>
/// Where approval cards were posted (conversation + activity id), so each copy can be updated after a decision.
/// Protocol bookkeeping rather than a business fact: saved directly, not through the audited unit of work.
/// </summary>
public sealed class ApprovalCards(TakomilDbContext db)
{
    public async Task RecordAsync(ApprovalCardRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO approval_cards ("ConversationId", "ActivityId", "InspectionId", "UserId", "Language", "PostedAt")
            VALUES ({row.ConversationId}, {row.ActivityId}, {row.InspectionId}, {row.UserId}, {row.Language}, {db.Database.Instant(row.PostedAt)})
            ON CONFLICT ("ConversationId", "ActivityId") DO NOTHING
            """, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ApprovalCardRow>> ForInspectionAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        await db.ApprovalCards.AsNoTracking().Where(c => c.InspectionId == inspectionId).OrderBy(c => c.PostedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public Task<ApprovalCardRow?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        db.ApprovalCards.AsNoTracking().FirstOrDefaultAsync(c => c.ConversationId == conversationId && c.ActivityId == activityId, cancellationToken);
}
