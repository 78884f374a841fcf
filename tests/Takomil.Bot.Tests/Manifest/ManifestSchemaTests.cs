using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>The built package against both copies of the official v1.22 schemas.</summary>
public sealed class ManifestSchemaTests
{
    private const string ThirtyOneCharacters = "Takomil: e-service improvements";

    [ManifestFact(Needs.Bash | Needs.SharedSchema)]
    public async Task PackagedManifest_SharedSchema_IsValid()
    {
        using var build = await PackageBuild.BuildAsync();

        AssertValid(await SharedSchemaAsync(), build.ReadEntryText("manifest.json"));
    }

    [ManifestFact(Needs.Bash | Needs.NpmSchemas)]
    public async Task PackagedManifest_NpmSchema_IsValid()
    {
        using var build = await PackageBuild.BuildAsync();

        AssertValid(await NpmSchemaAsync("MicrosoftTeams.schema.json"), build.ReadEntryText("manifest.json"));
    }

    [ManifestFact(Needs.Bash | Needs.NpmSchemas)]
    public async Task PackagedLocalizations_NpmLocalizationSchema_AreValid()
    {
        using var build = await PackageBuild.BuildAsync();
        var schema = await NpmSchemaAsync("MicrosoftTeams.Localization.schema.json");

        var files = LocalizationFiles(build.ReadEntryText("manifest.json"));
        Assert.Equal(3, files.Count);
        Assert.All(files, file => AssertValid(schema, build.ReadEntryText(file)));
    }

    [ManifestFact(Needs.Bash | Needs.SharedSchema)]
    public async Task ShortNameOf31Characters_SharedSchema_FailsOnNameShort()
    {
        using var build = await PackageBuild.BuildAsync();

        var errors = Validate(await SharedSchemaAsync(), WithShortName(build.ReadEntryText("manifest.json")));

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.StringTooLong && e.Path == "#/name.short");
    }

    [ManifestFact(Needs.Bash | Needs.NpmSchemas)]
    public async Task ShortNameOf31Characters_NpmSchema_FailsOnNameShort()
    {
        using var build = await PackageBuild.BuildAsync();

        var errors = Validate(await NpmSchemaAsync("MicrosoftTeams.schema.json"), WithShortName(build.ReadEntryText("manifest.json")));

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.StringTooLong && e.Path == "#/name.short");
    }

    [ManifestFact(Needs.Bash | Needs.NpmSchemas)]
    public async Task LocalizedShortNameOf31Characters_NpmLocalizationSchema_Fails()
    {
        using var build = await PackageBuild.BuildAsync();
        var localization = JsonNode.Parse(build.ReadEntryText("ru.json"))!;
        localization["name.short"] = ThirtyOneCharacters;

        var errors = Validate(await NpmSchemaAsync("MicrosoftTeams.Localization.schema.json"), localization.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.StringTooLong);
    }

    [ManifestFact(Needs.Bash | Needs.NpmSchemas)]
    public async Task LocalizationWithUnknownKey_NpmLocalizationSchema_Fails()
    {
        using var build = await PackageBuild.BuildAsync();
        var localization = JsonNode.Parse(build.ReadEntryText("ru.json"))!;
        localization["bots[0].commandLists[0].commands[0].titel"] = "опечатка";

        var errors = Validate(await NpmSchemaAsync("MicrosoftTeams.Localization.schema.json"), localization.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed);
    }

    [ManifestFact(Needs.Bash | Needs.SharedSchema)]
    public async Task ManifestVersionOtherThan122_SharedSchema_Fails()
    {
        using var build = await PackageBuild.BuildAsync();
        var manifest = JsonNode.Parse(build.ReadEntryText("manifest.json"))!;
        manifest["manifestVersion"] = "1.21";

        var errors = Validate(await SharedSchemaAsync(), manifest.ToJsonString());

        Assert.Contains(errors, e => e.Path == "#/manifestVersion");
    }

    [ManifestFact(Needs.SharedSchema)]
    public async Task Template_PlaceholdersNotSubstituted_FailsOnBothIds()
    {
        var template = await File.ReadAllTextAsync(Path.Combine(RepoLayout.ManifestsDir, "manifest.template.json"));

        var errors = Validate(await SharedSchemaAsync(), template);

        Assert.Contains(errors, e => e.Path == "#/id");
        Assert.Contains(errors, e => e.Path == "#/bots[0].botId");
    }

    internal static IReadOnlyList<string> LocalizationFiles(string manifestJson) =>
        JsonNode.Parse(manifestJson)!["localizationInfo"]!["additionalLanguages"]!.AsArray()
            .Select(language => (string)language!["file"]!)
            .ToList();

    private static string WithShortName(string manifestJson)
    {
        Assert.Equal(31, ThirtyOneCharacters.Length);
        var manifest = JsonNode.Parse(manifestJson)!;
        manifest["name"]!["short"] = ThirtyOneCharacters;
        return manifest.ToJsonString();
    }

    private static Task<JsonSchema> SharedSchemaAsync() =>
        TeamsSchemaLoader.LoadAsync(RepoLayout.SharedTeamsManifestSchema!);

    private static Task<JsonSchema> NpmSchemaAsync(string file) =>
        TeamsSchemaLoader.LoadAsync(Path.Combine(RepoLayout.NpmTeamsSchemaDir!, file));

    private static IReadOnlyList<ValidationError> Validate(JsonSchema schema, string json) =>
        TeamsSchemaLoader.Validate(schema, json);

    private static void AssertValid(JsonSchema schema, string json)
    {
        var errors = Validate(schema, json);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
    }
}
