using System.Text.RegularExpressions;
using Takomil.Domain.Common;
using Takomil.Reports.Texts;

namespace Takomil.Reports.Tests.Texts;

/// <summary>Every heading, label and caption exists in uz-Latn, uz-Cyrl, ru and en, with the same placeholders.</summary>
public sealed partial class ReportTextsTests
{
    public static TheoryData<UiLanguage> Translations() => new(UiLanguage.UzLatn, UiLanguage.UzCyrl, UiLanguage.Ru);

    [Fact]
    public void NeutralFile_HasEveryKeyTheReportUses()
    {
        var keys = ReportTexts.AllKeys().ToHashSet();
        var used = UsedKeys();
        Assert.True(used.Count > 100, $"only {used.Count} keys found in the sources");
        var missing = used.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "used but not defined: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryKey_IsTranslated(UiLanguage language)
    {
        var missing = ReportTexts.AllKeys().Where(k => string.IsNullOrWhiteSpace(ReportTexts.GetExact(k, language))).ToList();
        Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryTranslation_KeepsPlaceholders(UiLanguage language)
    {
        foreach (var key in ReportTexts.AllKeys())
        {
            var english = Placeholders(ReportTexts.GetExact(key, UiLanguage.En)!);
            var translated = Placeholders(ReportTexts.GetExact(key, language) ?? string.Empty);
            Assert.True(english.SetEquals(translated), $"{key} in {language}: placeholders {string.Join(",", translated)} differ from {string.Join(",", english)}");
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translations_AreInTheirScript(UiLanguage language)
    {
        foreach (var key in ReportTexts.AllKeys())
        {
            var text = ReportTexts.GetExact(key, language)!;
            var cyrillic = text.Count(c => c is >= '\u0400' and <= '\u04FF');
            var latin = text.Count(char.IsAsciiLetter);
            if (language is UiLanguage.UzCyrl or UiLanguage.Ru) Assert.True(cyrillic >= latin, $"{key} in {language} looks Latin: {text}");
            else Assert.True(cyrillic == 0, $"{key} in {language} has Cyrillic letters: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void MeasureLetters_AreNineInEveryLanguage(UiLanguage language)
    {
        var letters = new ReportTexts(language)["Measures.Letters"].Split(',');
        Assert.Equal(9, letters.Distinct().Count());
        Assert.All(letters, l => Assert.Single(l));
    }

    [Fact]
    public void SatelliteFiles_HaveNoExtraKeys()
    {
        var keys = ReportTexts.AllKeys().ToHashSet();
        foreach (var suffix in new[] { ".uz-Latn", ".uz-Cyrl", ".ru" })
        {
            var file = Path.Combine(SourceFolder(), "Resources", "ReportTexts" + suffix + ".resx");
            Assert.True(File.Exists(file), file);
            var extra = ResxName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Where(n => !keys.Contains(n)).ToList();
            Assert.True(extra.Count == 0, $"{Path.GetFileName(file)} has keys missing from ReportTexts.resx: {string.Join(", ", extra)}");
        }
    }

    /// <summary>Keys the report's sources spell out, including the enum-driven families ("Unit." + unit).</summary>
    private static HashSet<string> UsedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SourceFolder(), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in KeyLiteral().Matches(File.ReadAllText(file))) keys.Add(m.Groups[1].Value);
        }
        foreach (var v in Enum.GetNames<TimeUnit>()) keys.Add("Unit." + v);
        foreach (var v in Enum.GetNames<Domain.Facts.AgencyParticipation>()) keys.Add("Participation." + v);
        foreach (var v in Enum.GetNames<Domain.Facts.PaymentMethod>()) keys.Add("Payment." + v);
        foreach (var v in Enum.GetNames<Domain.Facts.PaymentTiming>()) keys.Add("Timing." + v);
        foreach (var v in Enum.GetNames<Domain.Models.ProcedureKind>()) keys.Add("Kind." + v);
        foreach (var v in Enum.GetNames<Domain.Services.RecipientCategory>()) keys.Add("Recipient." + v);
        foreach (var v in Enum.GetNames<Domain.Access.WorkingGroupRole>()) keys.Add("Role." + v);
        return keys;
    }

    private static string SourceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above the test folder."), "src", "Takomil.Reports");
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderRegex().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex("<data name=\"([^\"]+)\"")]
    private static partial Regex ResxName();

    /// <summary>A string literal shaped like a text key: "Family.Name" with a capitalised family.</summary>
    [GeneratedRegex("\"((?:TitlePage|General|Col|Role|Section|LegalBasis|Fact|Cost|Stats|Appeals|Model|Finding|Findings|Measure|Measures|Comparison|Plan|Caption|Table|Annex|Annexes)\\.[A-Za-z]+)\"")]
    private static partial Regex KeyLiteral();
}
