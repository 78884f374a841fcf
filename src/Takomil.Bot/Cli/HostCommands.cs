using System.Data.Common;

namespace Takomil.Bot.Cli;

/// <summary>
/// Maintenance commands run instead of the web host: <c>dotnet Takomil.Bot.dll migrate</c> or
/// <c>dotnet Takomil.Bot.dll verify-audit</c>. They use the host's configuration (appsettings, environment,
/// <c>--Database:ConnectionString=…</c> after the command name) and exit when done.
/// </summary>
public static class HostCommands
{
    public const string Migrate = "migrate";
    public const string VerifyAudit = "verify-audit";

    /// <summary>Whether <paramref name="args"/> names a command (its first argument, exactly).</summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args is [Migrate or VerifyAudit, ..];

    /// <summary>Runs the command <paramref name="args"/> names and returns its exit code; null when it names none.</summary>
    public static async Task<int?> TryRunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (!IsCommand(args)) return null;
        await using var scope = services.CreateAsyncScope();
        try
        {
            return args[0] switch
            {
                Migrate => await ActivatorUtilities.CreateInstance<MigrateCommand>(scope.ServiceProvider).RunAsync(output, cancellationToken).ConfigureAwait(false),
                _ => await ActivatorUtilities.CreateInstance<VerifyAuditCommand>(scope.ServiceProvider).RunAsync(output, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception ex) when (DatabaseError(ex) is { } cause)
        {
            // An unreachable server or a schema that is not there: say so plainly, without a stack trace.
            await error.WriteLineAsync($"{args[0]} failed: {cause.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    /// <summary>The database's own error, also when the provider's execution strategy wrapped it.</summary>
    private static DbException? DatabaseError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException db) return db;
        }
        return null;
    }
}

/// <summary>Exit codes of the maintenance commands.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>verify-audit found a bad entry.</summary>
    public const int AuditBroken = 1;

    /// <summary>The command could not do its work (e.g. the database is unreachable).</summary>
    public const int Failed = 2;
}
