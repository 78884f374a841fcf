namespace Takomil.Bot.Tests.Manifest;

/// <summary>Finds the repository, the shared schema folder and the npm test peers from the test assembly.</summary>
internal static class RepoLayout
{
    /// <summary>Overrides where the shared folder (holding <c>schemas/</c>) is looked for.</summary>
    public const string SharedDirVariable = "TAKOMIL_SHARED_DIR";

    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string ManifestsDir => Path.Combine(RepoRoot, "manifests");

    public static string BuildScript => Path.Combine(ManifestsDir, "build-package.sh");

    /// <summary>The official Teams v1.22 schemas shipped by @microsoft/app-manifest, or null before <c>npm ci</c>.</summary>
    public static string? NpmTeamsSchemaDir
    {
        get
        {
            var dir = Path.Combine(
                RepoRoot, "tests", "js", "node_modules", "@microsoft", "app-manifest",
                "build", "json-schemas", "teams", "v1.22");
            return File.Exists(Path.Combine(dir, "MicrosoftTeams.schema.json")) ? dir : null;
        }
    }

    /// <summary>
    /// The shared <c>schemas</c> folder: <see cref="SharedDirVariable"/> if set, else the first
    /// <c>shared/schemas</c> found walking up from the test assembly (it sits next to the worktrees).
    /// </summary>
    public static string? SharedSchemasDir
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(SharedDirVariable);
            if (!string.IsNullOrWhiteSpace(fromEnv))
            {
                var dir = Path.Combine(fromEnv, "schemas");
                return Directory.Exists(dir) ? dir : null;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "schemas");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    public static string? SharedTeamsManifestSchema
    {
        get
        {
            var dir = SharedSchemasDir;
            var file = dir is null ? null : Path.Combine(dir, "teams-manifest-1.22.json");
            return file is not null && File.Exists(file) ? file : null;
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }
}
