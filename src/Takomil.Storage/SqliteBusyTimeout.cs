using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Takomil.Storage;

/// <summary>
/// SQLite allows one writer at a time. Without a busy timeout a second writer gets SQLITE_BUSY and
/// the ADO.NET provider retries after coarse sleeps, which shows as a long latency tail under
/// concurrent turns; SQLite's own busy handler waits in short steps and takes the lock as soon as it
/// is free.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
