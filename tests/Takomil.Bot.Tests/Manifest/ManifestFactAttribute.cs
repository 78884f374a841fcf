namespace Takomil.Bot.Tests.Manifest;

/// <summary>
/// A fact that is skipped, with the reason shown in the test report, when something it
/// <see cref="Needs"/> is missing from the machine; it never passes silently without checking.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ManifestFactAttribute : FactAttribute
{
    private static readonly string[] Tools = ["bash", "python3"];

    public ManifestFactAttribute(Needs needs)
    {
        var reasons = new List<string>();
        if (needs.HasFlag(Needs.Bash))
        {
            var missing = Tools.Where(tool => !ScriptRunner.IsOnPath(tool)).ToList();
            if (missing.Count > 0)
            {
                reasons.Add($"not on PATH: {string.Join(", ", missing)} (manifests/build-package.sh needs them)");
            }
        }

        if (needs.HasFlag(Needs.SharedSchema) && RepoLayout.SharedTeamsManifestSchema is null)
        {
            reasons.Add("shared/schemas/teams-manifest-1.22.json not found: set "
                + $"{RepoLayout.SharedDirVariable} or place shared/ beside the repository");
        }

        if (needs.HasFlag(Needs.NpmSchemas) && RepoLayout.NpmTeamsSchemaDir is null)
        {
            reasons.Add("@microsoft/app-manifest is not installed: run `npm ci` in tests/js");
        }

        if (reasons.Count > 0)
        {
            Skip = string.Join("; ", reasons);
        }
    }
}
