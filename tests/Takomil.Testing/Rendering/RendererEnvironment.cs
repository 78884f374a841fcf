namespace Takomil.Testing.Rendering;

/// <summary>
/// What the renderer check needs on this machine: Debian's Chromium (never a Playwright-downloaded
/// browser), the pinned <c>adaptivecards</c> package from <c>tests/js/node_modules</c> (after
/// <c>npm ci</c>) and the harness page <c>tests/js/render-cards.html</c>.
/// </summary>
public static class RendererEnvironment
{
    /// <summary>Overrides the Chromium executable (default <c>/usr/bin/chromium</c>).</summary>
    public const string ChromiumVariable = "TAKOMIL_CHROMIUM";

    /// <summary>Where screenshots go (default <c>card-screenshots</c> beside the test assembly).</summary>
    public const string ScreenshotsVariable = "TAKOMIL_CARD_SCREENSHOTS";

    /// <summary>Set to 1 (as CI does) to make a missing browser or renderer a failure instead of a skip.</summary>
    public const string RequireVariable = "TAKOMIL_REQUIRE_E2E";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public const string RendererScript = "node_modules/adaptivecards/dist/adaptivecards.min.js";

    private static readonly Lazy<(string? Chromium, string? HarnessPage, string Reason)> Lookup = new(Find);

    public static string? ChromiumPath => Lookup.Value.Chromium;

    public static string? HarnessPage => Lookup.Value.HarnessPage;

    /// <summary>Null when everything is present; otherwise why the renderer check cannot run.</summary>
    public static string? MissingReason => Lookup.Value.Chromium is null || Lookup.Value.HarnessPage is null ? Lookup.Value.Reason : null;

    public static string ScreenshotsDirectory
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(ScreenshotsVariable);
            return string.IsNullOrWhiteSpace(fromEnv) ? Path.Combine(AppContext.BaseDirectory, "card-screenshots") : fromEnv;
        }
    }

    private static (string?, string?, string) Find()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(chromium))
        {
            chromium = "/usr/bin/chromium";
        }

        if (!File.Exists(chromium))
        {
            return (null, null, $"Chromium not found at {chromium} (apt-get install -y chromium, or set {ChromiumVariable})");
        }

        if (TestAssets.RepositoryRoot is not { } root)
        {
            return (chromium, null, "repository root not found: " + TestAssets.RepositoryReason);
        }

        var jsDir = Path.Combine(root, "tests", "js");
        var page = Path.Combine(jsDir, "render-cards.html");
        if (!File.Exists(page))
        {
            return (chromium, null, $"harness page missing: {page}");
        }

        var script = Path.Combine(jsDir, RendererScript);
        if (!File.Exists(script))
        {
            return (chromium, null, $"{script} missing (run npm ci in tests/js)");
        }

        return (chromium, page, "ready");
    }
}
