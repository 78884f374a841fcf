using Takomil.Testing;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What an end-to-end journey needs on this machine: Debian's Chromium (never a Playwright-downloaded
/// browser), Node.js, the pinned Agents Playground in <c>tests/js/node_modules</c> (after <c>npm ci</c>)
/// and the mock Teams context <c>tests/playground/takomil.playground.yml</c>. Each lookup yields a
/// reason instead of throwing, so tests can be skipped honestly, or failed when
/// <see cref="RequireVariable"/> is set (CI, where a skipped journey would be a silent pass).
/// </summary>
public static class EndToEndEnvironment
{
    /// <summary>Set to <c>1</c> to turn missing prerequisites into failures instead of skips.</summary>
    public const string RequireVariable = "TAKOMIL_REQUIRE_E2E";

    /// <summary>Where screenshots and logs go (default <c>e2e-artifacts</c> beside the test assembly).</summary>
    public const string ArtifactsVariable = "TAKOMIL_E2E_ARTIFACTS";

    /// <summary>Same override as the card renderer uses (default <c>/usr/bin/chromium</c>).</summary>
    public const string ChromiumVariable = "TAKOMIL_CHROMIUM";

    private const string PlaygroundCli = "node_modules/@microsoft/m365agentsplayground/cli.js";

    private static readonly Lazy<Prerequisites> Lookup = new(Find);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Null when every prerequisite is present; otherwise what is missing and how to get it.</summary>
    public static string? MissingReason => Lookup.Value.MissingReason;

    public static string ChromiumPath => Lookup.Value.Chromium;

    public static string NodePath => Require(Lookup.Value.Node);

    public static string PlaygroundCliPath => Require(Lookup.Value.PlaygroundCli);

    public static string PlaygroundConfigPath => Require(Lookup.Value.PlaygroundConfig);

    /// <summary>
    /// Another mock context in <c>tests/playground/</c> (the same Teams world seen by another person),
    /// for a journey that needs a second playground.
    /// </summary>
    public static string MockContextPath(string fileName)
    {
        var path = Path.Combine(Path.GetDirectoryName(PlaygroundConfigPath)!, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Mock Teams context {path} missing.", path);
    }

    public static string ArtifactsRoot
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(ArtifactsVariable);
            return string.IsNullOrWhiteSpace(fromEnv) ? DefaultArtifactsRoot : fromEnv;
        }
    }

    /// <summary>Inside the build output, so it is ours to empty at the start of a run.</summary>
    public static string DefaultArtifactsRoot => Path.Combine(AppContext.BaseDirectory, "e2e-artifacts");

    /// <summary>Throws with the reason when something is missing: a journey that cannot run must not pass.</summary>
    public static void EnsureAvailable()
    {
        if (MissingReason is { } reason)
        {
            throw new InvalidOperationException($"End-to-end prerequisites missing: {reason}");
        }
    }

    private static string Require(string? value) =>
        value ?? throw new InvalidOperationException($"End-to-end prerequisites missing: {MissingReason}");

    private static Prerequisites Find()
    {
        var missing = new List<string>();

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(chromium))
        {
            chromium = "/usr/bin/chromium";
        }

        if (!File.Exists(chromium))
        {
            missing.Add($"Chromium not found at {chromium} (apt-get install -y chromium, or set {ChromiumVariable})");
        }

        var node = FindOnPath("node");
        if (node is null)
        {
            missing.Add("node not found on PATH (install Node.js 20)");
        }

        string? cli = null, config = null;
        if (TestAssets.RepositoryRoot is not { } root)
        {
            missing.Add("repository root not found: " + TestAssets.RepositoryReason);
        }
        else
        {
            cli = Path.Combine(root, "tests", "js", PlaygroundCli);
            if (!File.Exists(cli))
            {
                missing.Add($"{cli} missing (run npm ci in tests/js)");
                cli = null;
            }

            config = Path.Combine(root, "tests", "playground", "takomil.playground.yml");
            if (!File.Exists(config))
            {
                missing.Add($"mock Teams context {config} missing");
                config = null;
            }
        }

        return new Prerequisites(chromium, node, cli, config, missing.Count == 0 ? null : string.Join("; ", missing));
    }

    private static string? FindOnPath(string executable)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }

    private sealed record Prerequisites(string Chromium, string? Node, string? PlaygroundCli, string? PlaygroundConfig, string? MissingReason);
}
