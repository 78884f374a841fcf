namespace Takomil.Domain.Common;

/// <summary>A name kept in the four languages the bot speaks. Uzbek (Latin) is the one always required.</summary>
public sealed record LocalizedText(string UzLatn, string? UzCyrl, string? Ru, string? En)
{
    public string For(UiLanguage language) => language switch
    {
        UiLanguage.UzCyrl => Prefer(UzCyrl),
        UiLanguage.Ru => Prefer(Ru),
        UiLanguage.En => Prefer(En),
        _ => UzLatn,
    };

    /// <summary>Languages that have no text yet, so the bot can ask for them.</summary>
    public IReadOnlyList<UiLanguage> MissingLanguages()
    {
        var missing = new List<UiLanguage>();
        if (string.IsNullOrWhiteSpace(UzLatn)) missing.Add(UiLanguage.UzLatn);
        if (string.IsNullOrWhiteSpace(UzCyrl)) missing.Add(UiLanguage.UzCyrl);
        if (string.IsNullOrWhiteSpace(Ru)) missing.Add(UiLanguage.Ru);
        if (string.IsNullOrWhiteSpace(En)) missing.Add(UiLanguage.En);
        return missing;
    }

    private string Prefer(string? text) => string.IsNullOrWhiteSpace(text) ? UzLatn : text;
}
