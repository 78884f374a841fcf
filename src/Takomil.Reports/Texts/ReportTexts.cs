using System.Globalization;
using System.Resources;
using Takomil.Domain.Common;

namespace Takomil.Reports.Texts;

/// <summary>
/// Every heading, label and caption of the report, from <c>Resources/ReportTexts*.resx</c> (English neutral,
/// uz-Latn, uz-Cyrl, ru). A missing key is a bug and throws; a test checks every key in every language.
/// </summary>
public sealed class ReportTexts
{
    private static readonly ResourceManager Manager = new("Takomil.Reports.Resources.ReportTexts", typeof(ReportTexts).Assembly);

    public ReportTexts(UiLanguage language)
    {
        Language = language;
        Culture = language == UiLanguage.En ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language.CultureName());
    }

    public UiLanguage Language { get; }

    /// <summary>The culture of the texts, also used to format numbers.</summary>
    public CultureInfo Culture { get; }

    public string this[string key] =>
        Manager.GetString(key, Culture) ?? throw new KeyNotFoundException($"No report text '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>All keys of the neutral file, for completeness checks.</summary>
    internal static IEnumerable<string> AllKeys()
    {
        // Resource sets are cached by the ResourceManager: never dispose them.
        var set = Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("Neutral report texts are missing.");
        foreach (System.Collections.DictionaryEntry entry in set) yield return (string)entry.Key;
    }

    /// <summary>The value of <paramref name="key"/> in exactly one language file, without fallback (null when missing).</summary>
    internal static string? GetExact(string key, UiLanguage language)
    {
        var culture = language == UiLanguage.En ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language.CultureName());
        return Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key);
    }
}
