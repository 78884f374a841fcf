using Takomil.Domain.Common;

namespace Takomil.Reports.Tests.Sample;

/// <summary>Picks the sample's text for one language: Uzbek Latin, Uzbek Cyrillic (spelled from it) or Russian.</summary>
internal sealed class SampleText(UiLanguage language)
{
    public UiLanguage Language { get; } = language;

    /// <summary>English falls back to Uzbek Latin, as the bot's own content does when no English text exists.</summary>
    public string this[string uzbek, string russian] => Language switch
    {
        UiLanguage.UzCyrl => UzbekCyrillic.From(uzbek),
        UiLanguage.Ru => russian,
        _ => uzbek,
    };
}
