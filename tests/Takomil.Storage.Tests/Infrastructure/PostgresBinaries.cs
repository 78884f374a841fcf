namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>
/// Where the PostgreSQL 15 server binaries are (Debian's postgresql package, or TAKOMIL_PG_BIN), and whether the
/// tests may skip without them (TAKOMIL_REQUIRE_POSTGRES=1 turns absence into a failure).
/// </summary>
public static class PostgresBinaries
{
    public const string DefaultDirectory = "/usr/lib/postgresql/15/bin";

    public static bool Required => Environment.GetEnvironmentVariable("TAKOMIL_REQUIRE_POSTGRES") == "1";

    public static string Directory => Environment.GetEnvironmentVariable("TAKOMIL_PG_BIN") is { Length: > 0 } dir ? dir : DefaultDirectory;

    /// <summary>As root, initdb refuses to run, so the server runs as the postgres user through runuser.</summary>
    public static bool RunAsPostgresUser => Environment.UserName == "root";

    private static readonly string[] RunUserPaths = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"];
    private static readonly string[] Tools = ["initdb", "pg_ctl", "postgres"];

    public static string? RunUser => RunUserPaths.FirstOrDefault(File.Exists);

    public static bool TryLocate(out string reason)
    {
        foreach (var tool in Tools)
        {
            if (!File.Exists(Path.Combine(Directory, tool)))
            {
                reason = $"PostgreSQL binaries not found: {Path.Combine(Directory, tool)} is missing (install the postgresql package or set TAKOMIL_PG_BIN)";
                return false;
            }
        }
        if (RunAsPostgresUser && (RunUser is null || !File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal))))
        {
            reason = "running as root, but runuser or the postgres user is missing";
            return false;
        }
        reason = string.Empty;
        return true;
    }
}
