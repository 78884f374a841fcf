using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage;

/// <summary>
/// Brings the schema up to date with the active provider's migrations (at start-up in development, or by the
/// <c>migrate</c> command in production).
/// </summary>
public sealed class DatabaseInitializer(TakomilDbContext db)
{
    /// <summary>Applies the pending migrations; returns their ids, oldest first (empty when already up to date).</summary>
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits. It is a property of the file, so set it once here.
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
