using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Takomil.Storage;

/// <summary>
/// "Claim once" inserts as one statement (<c>INSERT … ON CONFLICT DO NOTHING</c>, the same SQL on
/// SQLite and PostgreSQL). Expected duplicates — a channel's retry, the playground's repeated install
/// events — then cost no exception and leave no error in the log.
/// </summary>
internal static class InsertIfAbsent
{
    /// <summary>An instant as its column stores it: UTC ticks on SQLite (see <see cref="UtcTicksConverter"/>), timestamptz on PostgreSQL.</summary>
    public static object Instant(this DatabaseFacade database, DateTimeOffset value) =>
        database.IsSqlite() ? value.UtcTicks : value.ToUniversalTime();

    /// <returns>True when this call inserted the row, false when it was already there.</returns>
    public static async Task<bool> WelcomeAsync(TakomilDbContext db, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var instant = db.Database.Instant(at);
        var rows = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO welcomes ("ConversationId", "WelcomedAt") VALUES ({conversationId}, {instant}) ON CONFLICT ("ConversationId") DO NOTHING""",
            cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <returns>True when this call inserted the row, false when it was already there.</returns>
    public static async Task<bool> InboundActivityAsync(TakomilDbContext db, string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var instant = db.Database.Instant(at);
        var rows = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO inbound_activities ("Key", "SeenAt") VALUES ({key}, {instant}) ON CONFLICT ("Key") DO NOTHING""",
            cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <returns>True when this call inserted the row, false when another turn of the same conversation did first.</returns>
    public static async Task<bool> ConversationReferenceAsync(TakomilDbContext db, Protocol.ConversationReferenceRow row, CancellationToken cancellationToken)
    {
        var instant = db.Database.Instant(row.UpdatedAt);
        var rows = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO conversation_references ("ConversationId", "ConversationType", "UserId", "UserAadObjectId", "TenantId", "ServiceUrl", "ReferenceJson", "UpdatedAt")
            VALUES ({row.ConversationId}, {row.ConversationType}, {row.UserId}, {row.UserAadObjectId}, {row.TenantId}, {row.ServiceUrl}, {row.ReferenceJson}, {instant})
            ON CONFLICT ("ConversationId") DO NOTHING
            """,
            cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }
}
