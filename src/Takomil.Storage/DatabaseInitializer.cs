using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage;

/// <summary>Brings the schema up to date (at start-up in development, or by the <c>migrate</c> command).</summary>
public sealed class DatabaseInitializer(TakomilDbContext db)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; busy_timeout waits instead of failing.
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
        await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
    }
}
