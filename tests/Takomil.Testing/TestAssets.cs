namespace Takomil.Testing;

/// <summary>
/// Finds the files tests need outside the assembly: the shared official schemas (kept beside the
/// repository clone, never copied into it) and the repository's own <c>tests/js</c> folder.
/// Each lookup returns null with a reason instead of throwing, so callers can skip honestly.
/// </summary>
public static class TestAssets
{
    /// <summary>Overrides where <c>shared/</c> lives (the folder that holds <c>schemas/</c>).</summary>
    public const string SharedDirVariable = "TAKOMIL_SHARED_DIR";

    private static readonly Lazy<(string? Path, string Reason)> SchemasLookup = new(FindSchemasDirectory);
    private static readonly Lazy<(string? Path, string Reason)> RepoLookup = new(FindRepositoryRoot);

    /// <summary>The <c>shared/schemas</c> folder, or null when it cannot be found.</summary>
    public static string? SchemasDirectory => SchemasLookup.Value.Path;

    /// <summary>Why <see cref="SchemasDirectory"/> is null (or where it was found).</summary>
    public static string SchemasReason => SchemasLookup.Value.Reason;

    /// <summary>The repository root (the folder holding Bot.sln), or null.</summary>
    public static string? RepositoryRoot => RepoLookup.Value.Path;

    public static string RepositoryReason => RepoLookup.Value.Reason;

    private static (string? Path, string Reason) FindSchemasDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable(SharedDirVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var candidate = Path.Combine(fromEnv, "schemas");
            return Directory.Exists(candidate)
                ? (candidate, $"from {SharedDirVariable}")
                : (null, $"{SharedDirVariable}={fromEnv} has no schemas/ folder");
        }

        // The clone has ../shared beside it; worktrees sit deeper, so every ancestor is tried.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas");
            if (Directory.Exists(candidate))
            {
                return (candidate, "found beside an ancestor folder");
            }
        }

        return (null, $"no shared/schemas folder beside any ancestor of {AppContext.BaseDirectory} and {SharedDirVariable} is not set");
    }

    private static (string? Path, string Reason) FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return (dir.FullName, "found Bot.sln");
            }
        }

        return (null, $"no Bot.sln above {AppContext.BaseDirectory}");
    }
}
