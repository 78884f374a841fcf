using System.Text.RegularExpressions;
using Takomil.Bot.Localization;

namespace Takomil.Bot.Tests.Localization;

/// <summary>Everything a user reads exists in uz-Latn, uz-Cyrl, ru and en, with the same placeholders.</summary>
public sealed partial class ResourceCompletenessTests
{
    public static TheoryData<string> Languages() => new(BotLanguages.All.Where(l => l != BotLanguages.English));

    [Fact]
    public void NeutralFile_HasKeys()
    {
        Assert.NotEmpty(Texts.AllKeys());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryKey_IsTranslated(string language)
    {
        var missing = Texts.AllKeys().Where(k => string.IsNullOrWhiteSpace(Texts.GetExact(k, language))).ToList();
        Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTranslation_KeepsPlaceholders(string language)
    {
        foreach (var key in Texts.AllKeys())
        {
            var english = Placeholders(Texts.GetExact(key, string.Empty)!);
            var translated = Placeholders(Texts.GetExact(key, language) ?? string.Empty);
            Assert.True(english.SetEquals(translated), $"{key} in {language}: placeholders {string.Join(",", translated)} differ from {string.Join(",", english)}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translations_AreInTheirScript(string language)
    {
        // A Cyrillic file holding Latin Uzbek (or the reverse) is a translation slip users notice at once.
        foreach (var key in Texts.AllKeys().Where(k => !k.EndsWith(".Keywords", StringComparison.Ordinal) && !k.EndsWith(".Usage", StringComparison.Ordinal)))
        {
            var text = Texts.GetExact(key, language)!;
            var cyrillic = text.Count(c => c is >= '\u0400' and <= '\u04FF');
            var latin = text.Count(char.IsAsciiLetter);
            if (language is BotLanguages.UzbekCyrillic or BotLanguages.Russian)
            {
                Assert.True(cyrillic >= latin / 3, $"{key} in {language} looks Latin: {text}");
            }
            else
            {
                Assert.True(latin >= cyrillic, $"{key} in {language} looks Cyrillic: {text}");
            }
        }
    }

    [Fact]
    public void SatelliteFiles_HaveNoExtraKeys()
    {
        var keys = Texts.AllKeys().ToHashSet();
        var folder = Path.Combine(FindRepoRoot(), "src", "Takomil.Bot", "Resources");
        foreach (var family in Texts.Families)
        {
            var own = Texts.KeysOf(family).ToHashSet();
            foreach (var file in Directory.GetFiles(folder, family + ".*.resx"))
            {
                var names = ResxName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value);
                var extra = names.Where(n => !own.Contains(n)).ToList();
                Assert.True(extra.Count == 0, $"{Path.GetFileName(file)} has keys missing from {family}.resx: {string.Join(", ", extra)}");
            }
        }
    }

    [Fact]
    public void EveryFamily_HasAllFourFiles_AndKeysAreUniqueAcrossFamilies()
    {
        var folder = Path.Combine(FindRepoRoot(), "src", "Takomil.Bot", "Resources");
        var seen = new Dictionary<string, string>();
        foreach (var family in Texts.Families)
        {
            foreach (var suffix in new[] { "", ".uz-Latn", ".uz-Cyrl", ".ru" })
            {
                Assert.True(File.Exists(Path.Combine(folder, family + suffix + ".resx")), $"{family}{suffix}.resx is missing");
            }
            foreach (var key in Texts.KeysOf(family))
            {
                Assert.True(seen.TryAdd(key, family), $"{key} is in both {seen.GetValueOrDefault(key)} and {family}");
            }
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderRegex().Matches(text).Select(m => m.Value)];

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above the test folder.");
    }

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex("<data name=\"([^\"]+)\"")]
    private static partial Regex ResxName();
}
