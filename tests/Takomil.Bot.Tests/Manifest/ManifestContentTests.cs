using System.Globalization;
using System.Text.Json.Nodes;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>What the schema does not check: Teams' documented command limits, the command set, the translations.</summary>
public sealed class ManifestContentTests
{
    // The Teams docs allow 32 / 128 characters, stricter than the schema's 128 / 4000.
    private const int MaxCommandTitle = 32;
    private const int MaxCommandDescription = 128;

    private static readonly string[] PersonalCommands = ["help", "language", "new", "status", "tasks", "interview", "analysis", "report", "plan", "dashboard"];
    private static readonly string[] GroupCommands = ["help", "language", "new", "status", "tasks", "interview", "add", "analysis", "plan", "dashboard"];

    [ManifestFact(Needs.Bash)]
    public async Task CommandLists_PackagedManifest_StayWithinTeamsLimits()
    {
        using var build = await PackageBuild.BuildAsync();

        var lists = CommandLists(build);
        Assert.InRange(lists.Count, 1, 3);
        Assert.All(lists, list =>
        {
            var commands = list["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c => Assert.InRange(((string)c!["title"]!).Length, 1, MaxCommandTitle));
            Assert.All(commands, c => Assert.InRange(((string)c!["description"]!).Length, 1, MaxCommandDescription));
        });
    }

    [ManifestFact(Needs.Bash)]
    public async Task CommandLists_PackagedManifest_OfferTheBotsCommandsPerScope()
    {
        using var build = await PackageBuild.BuildAsync();

        var lists = CommandLists(build);
        Assert.Equal(PersonalCommands, Titles(lists.Single(l => Scopes(l).SequenceEqual(["personal"]))));
        Assert.Equal(GroupCommands, Titles(lists.Single(l => Scopes(l).SequenceEqual(["team", "groupChat"]))));
    }

    [ManifestFact(Needs.Bash)]
    public async Task Localizations_PackagedFiles_TranslateEveryCommandDescriptionButNoTitle()
    {
        using var build = await PackageBuild.BuildAsync();
        var lists = CommandLists(build);
        var expected = lists
            .SelectMany((list, i) => list["commands"]!.AsArray().Select((_, j) =>
                string.Create(CultureInfo.InvariantCulture, $"bots[0].commandLists[{i}].commands[{j}].description")))
            .Order(StringComparer.Ordinal)
            .ToList();

        foreach (var file in ManifestSchemaTests.LocalizationFiles(build.ReadEntryText("manifest.json")))
        {
            var keys = JsonNode.Parse(build.ReadEntryText(file))!.AsObject().Select(p => p.Key).ToList();
            var commandKeys = keys.Where(k => k.StartsWith("bots[", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, commandKeys);
        }
    }

    [ManifestFact(Needs.Bash)]
    public async Task Localizations_PackagedFiles_AreWrittenInTheirOwnScript()
    {
        using var build = await PackageBuild.BuildAsync();
        var english = JsonNode.Parse(build.ReadEntryText("manifest.json"))!["description"]!;

        foreach (var (file, cyrillic) in new[] { ("ru.json", true), ("uz-Cyrl.json", true), ("uz-Latn.json", false) })
        {
            var localization = JsonNode.Parse(build.ReadEntryText(file))!;
            var shortDescription = (string)localization["description.short"]!;
            Assert.NotEqual((string)english["short"]!, shortDescription);
            Assert.All(shortDescription.Where(char.IsLetter), letter => Assert.Equal(cyrillic, IsCyrillic(letter)));
        }
    }

    private static bool IsCyrillic(char letter) => letter is >= '\u0400' and <= '\u04FF';

    private static List<JsonNode> CommandLists(PackageBuild build) =>
        JsonNode.Parse(build.ReadEntryText("manifest.json"))!["bots"]![0]!["commandLists"]!.AsArray()
            .Select(list => list!)
            .ToList();

    private static IEnumerable<string> Scopes(JsonNode list) =>
        list["scopes"]!.AsArray().Select(s => (string)s!);

    private static List<string> Titles(JsonNode list) =>
        list["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
}
