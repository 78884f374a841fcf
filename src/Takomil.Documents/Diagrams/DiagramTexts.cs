using System.Globalization;
using System.Resources;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Documents.Diagrams;

/// <summary>
/// The words diagrams, descriptions and charts print, from <c>Diagrams/DiagramTexts*.resx</c> (English neutral,
/// uz-Latn, uz-Cyrl, ru). A missing key is a bug and throws; a test checks every key in every language.
/// </summary>
public sealed class DiagramTexts
{
    internal static readonly ResourceManager Manager = new("Takomil.Documents.Diagrams.DiagramTexts", typeof(DiagramTexts).Assembly);

    public DiagramTexts(UiLanguage language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language.CultureName());
    }

    public UiLanguage Language { get; }

    /// <summary>The culture numbers are written in (decimal comma in Uzbek and Russian).</summary>
    public CultureInfo Culture { get; }

    public string Get(string key) =>
        Manager.GetString(key, Culture) ?? throw new KeyNotFoundException($"No diagram text '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, Get(key), args);

    public string Number(decimal value) => value.ToString("0.##", Culture);

    public string TimeLimit(TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var key = limit.Unit switch
        {
            TimeUnit.CalendarDays => "Unit.CalendarDays",
            TimeUnit.Hours => "Unit.Hours",
            _ => "Unit.WorkingDays",
        };
        return Format(key, Number(limit.Value));
    }

    public string Kind(ProcedureKind kind) => Get("Kind." + kind switch
    {
        ProcedureKind.Electronic => nameof(ProcedureKind.Electronic),
        ProcedureKind.InteragencyRequest => nameof(ProcedureKind.InteragencyRequest),
        ProcedureKind.ApplicantVisit => nameof(ProcedureKind.ApplicantVisit),
        _ => nameof(ProcedureKind.Manual),
    });

    /// <summary>The keys of the neutral file, for completeness checks.</summary>
    internal static IReadOnlyList<string> NeutralKeys()
    {
        // Not disposed: the manager caches and reuses its resource sets.
        var set = Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("Neutral diagram texts missing.");
        return [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>The value of <paramref name="key"/> in exactly one language file, without fallback.</summary>
    internal static string? Exact(string key, UiLanguage language)
    {
        var culture = language == UiLanguage.En ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language.CultureName());
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.GetString(key);
    }
}
