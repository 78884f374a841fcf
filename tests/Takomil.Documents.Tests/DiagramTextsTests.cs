using System.Text.RegularExpressions;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Common;

namespace Takomil.Documents.Tests;

public sealed partial class DiagramTextsTests
{
    public static TheoryData<UiLanguage> Languages => [UiLanguage.UzLatn, UiLanguage.UzCyrl, UiLanguage.Ru, UiLanguage.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Resx_EveryKeyInEveryLanguageWithTheSamePlaceholders(UiLanguage language)
    {
        var keys = DiagramTexts.NeutralKeys();
        Assert.True(keys.Count >= 30);

        foreach (var key in keys)
        {
            var value = DiagramTexts.Exact(key, language);
            Assert.False(string.IsNullOrWhiteSpace(value), $"{key} missing in {language}");
            var neutral = DiagramTexts.Exact(key, UiLanguage.En)!;
            Assert.Equal(Placeholders(neutral), Placeholders(value!));
        }
    }

    [Fact]
    public void Resx_UzbekLatinUsesTheModifierLetterTurnedComma()
    {
        var value = DiagramTexts.Exact("Kind.Manual", UiLanguage.UzLatn);

        Assert.Equal("qoʻlda", value);
        Assert.DoesNotContain('\'', string.Concat(DiagramTexts.NeutralKeys().Select(k => DiagramTexts.Exact(k, UiLanguage.UzLatn))));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
