using System.Globalization;
using System.Resources;

namespace Takomil.Bot.Localization;

/// <summary>Every word a user reads, from <c>Resources/Strings*.resx</c> in the four languages.</summary>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new("Takomil.Bot.Resources.Strings", typeof(Texts).Assembly);

    /// <summary>The text of <paramref name="key"/>; a missing key is a bug and throws (a test checks every key in every language).</summary>
    public string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}'.");

    public string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>The text of <paramref name="key"/> in every language (for keywords users may type in any of them).</summary>
    public IEnumerable<string> InAllLanguages(string key) =>
        BotLanguages.All.Select(l => Get(key, BotLanguages.Culture(l))).Distinct(StringComparer.Ordinal);

    /// <summary>Keywords are stored as <c>word|word</c> per language.</summary>
    public IReadOnlyCollection<string> Keywords(string key) =>
        InAllLanguages(key).SelectMany(v => v.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>
    /// The language a command word belongs to, when only one language has it ("yordam" is Uzbek,
    /// "помощь" Russian); null for words shared by languages or unknown.
    /// </summary>
    public string? LanguageOfKeyword(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _keywordLanguages.Value.TryGetValue(Takomil.Protocol.Routing.RouteTable.NormalizeKeyword(word), out var language) ? language : null;
    }

    private readonly Lazy<Dictionary<string, string?>> _keywordLanguages = new(() =>
    {
        var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in AllKeys().Where(k => k.EndsWith(".Keywords", StringComparison.Ordinal)))
        {
            foreach (var language in BotLanguages.All)
            {
                var words = Resources.GetString(key, BotLanguages.Culture(language)) ?? string.Empty;
                foreach (var word in words.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // A word two languages share says nothing about the language.
                    map[word] = map.TryGetValue(word, out var existing) && existing != language ? null : language;
                }
            }
        }
        return map;
    });

    /// <summary>All keys of the neutral (English) file, for completeness checks.</summary>
    internal static IEnumerable<string> AllKeys()
    {
        // Resource sets are cached by the ResourceManager: never dispose them.
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("Neutral resources are missing.");
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            yield return (string)entry.Key;
        }
    }

    /// <summary>The value of <paramref name="key"/> in exactly one language file, without fallback (null when missing).</summary>
    internal static string? GetExact(string key, string language)
    {
        var culture = string.IsNullOrEmpty(language) ? CultureInfo.InvariantCulture : BotLanguages.Culture(language);
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.GetString(key);
    }
}
