using System.Text.Json.Nodes;

namespace Takomil.Bot.Tests.Manifest;

public sealed class PackageBuildTests
{
    private const string LocalAppId = "00000000-0000-4000-8000-000000000184";
    private const string LocalTeamsAppId = "00000000-0000-4000-8000-000000000353";
    private const string AppId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private const string TeamsAppId = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";

    private static readonly string[] ExpectedEntries =
        ["color.png", "manifest.json", "outline.png", "ru.json", "uz-Cyrl.json", "uz-Latn.json"];

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_Defaults_ZipHoldsManifestIconsAndLocalizationsAtRoot()
    {
        using var build = await PackageBuild.BuildAsync();

        Assert.Equal(build.ZipPath, build.Result.Stdout);
        Assert.Equal(ExpectedEntries, build.EntryNames());
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_NoIds_UsesLocalOnlyIdsAndSaysSo()
    {
        using var build = await PackageBuild.BuildAsync();

        var manifest = JsonNode.Parse(build.ReadEntryText("manifest.json"))!;
        Assert.Equal(LocalTeamsAppId, (string?)manifest["id"]);
        Assert.Equal(LocalAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Contains("local-only", build.Result.Stderr, StringComparison.Ordinal);
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_IdsAsArguments_AreSubstituted()
    {
        using var build = await PackageBuild.BuildAsync(["--app-id", AppId, "--teams-app-id", TeamsAppId]);

        AssertIds(build, AppId, TeamsAppId);
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_IdsInEnvironment_AreSubstituted()
    {
        var environment = new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = AppId, ["TEAMS_APP_ID"] = TeamsAppId };

        using var build = await PackageBuild.BuildAsync(environment: environment);

        AssertIds(build, AppId, TeamsAppId);
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_PythonZipFallback_WritesTheSamePackage()
    {
        // The default uses `zip` where it is installed; the fallback must package the same bytes.
        using var withDefault = await PackageBuild.BuildAsync();
        using var withPython = await PackageBuild.BuildAsync(
            environment: new Dictionary<string, string> { ["TAKOMIL_PACKAGE_ZIPPER"] = "python" });

        Assert.Equal(ExpectedEntries, withPython.EntryNames());
        foreach (var name in ExpectedEntries)
        {
            Assert.Equal(withDefault.ReadEntryBytes(name), withPython.ReadEntryBytes(name));
        }
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_AppIdNotAGuid_FailsWithoutWritingZip()
    {
        using var build = await PackageBuild.RunAsync(["--app-id", "not-a-guid"]);

        Assert.NotEqual(0, build.Result.ExitCode);
        Assert.Contains("MICROSOFT_APP_ID is not a GUID", build.Result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(build.ZipPath));
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_TeamsAppIdWithInjectedText_IsRejected()
    {
        using var build = await PackageBuild.RunAsync(["--teams-app-id", TeamsAppId + "/g;s/Takomil/x"]);

        Assert.NotEqual(0, build.Result.ExitCode);
        Assert.Contains("TEAMS_APP_ID is not a GUID", build.Result.Stderr, StringComparison.Ordinal);
    }

    [ManifestFact(Needs.Bash)]
    public async Task BuildPackage_EveryFileTheManifestNames_IsInTheZip()
    {
        using var build = await PackageBuild.BuildAsync();

        var manifest = JsonNode.Parse(build.ReadEntryText("manifest.json"))!;
        var named = new List<string> { (string)manifest["icons"]!["color"]!, (string)manifest["icons"]!["outline"]! };
        named.AddRange(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string)l!["file"]!));
        Assert.All(named, file => Assert.Contains(file, build.EntryNames()));
        Assert.DoesNotContain("{{", build.ReadEntryText("manifest.json"), StringComparison.Ordinal);
    }

    private static void AssertIds(PackageBuild build, string appId, string teamsAppId)
    {
        var manifest = JsonNode.Parse(build.ReadEntryText("manifest.json"))!;
        Assert.Equal(teamsAppId, (string?)manifest["id"]);
        Assert.Equal(appId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.DoesNotContain("local-only", build.Result.Stderr, StringComparison.Ordinal);
    }
}
