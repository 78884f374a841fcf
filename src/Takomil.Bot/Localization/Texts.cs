using System.Globalization;
using System.Resources;

namespace Takomil.Bot.Localization;

/// <summary>
/// Every word a user reads, from <c>Resources/*.resx</c> in the four languages. Texts are kept in families, one
/// resource file set per area (<see cref="Families"/>), so each area's words live together; a key is unique across
/// all families (a test checks).
/// </summary>
public sealed class Texts
{
    /// <summary>The resource file sets, by base name under <c>Resources/</c>.</summary>
    public static readonly IReadOnlyList<string> Families = ["Strings", "Interviews", "Models", "Approvals", "Execution"];

    private static readonly IReadOnlyList<ResourceManager> Managers =
        [.. Families.Select(f => new ResourceManager($"Takomil.Bot.Resources.{f}", typeof(Texts).Assembly))];

    private static readonly Lazy<Dictionary<string, ResourceManager>> Owners = new(() =>
    {
        var owners = new Dictionary<string, ResourceManager>(StringComparer.Ordinal);
        foreach (var manager in Managers)
        {
            foreach (var key in NeutralKeys(manager)) owners.TryAdd(key, manager);
        }
        return owners;
    });

    /// <summary>The text of <paramref name="key"/>; a missing key is a bug and throws (a test checks every key in every language).</summary>
    public string Get(string key, CultureInfo culture) =>
        (Owners.Value.TryGetValue(key, out var manager) ? manager.GetString(key, culture) : null)
            ?? throw new KeyNotFoundException($"No text '{key}'.");

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
                var words = GetExact(key, language) ?? string.Empty;
                foreach (var word in words.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // A word two languages share says nothing about the language.
                    map[word] = map.TryGetValue(word, out var existing) && existing != language ? null : language;
                }
            }
        }
        return map;
    });

    /// <summary>All keys of the neutral (English) files of every family, for completeness checks.</summary>
    internal static IEnumerable<string> AllKeys() => Managers.SelectMany(NeutralKeys);

    /// <summary>The neutral keys of one family (for the uniqueness check across families).</summary>
    internal static IEnumerable<string> KeysOf(string family) => NeutralKeys(Managers[IndexOf(family)]);

    /// <summary>The value of <paramref name="key"/> in exactly one language file, without fallback (null when missing).</summary>
    internal static string? GetExact(string key, string language)
    {
        if (!Owners.Value.TryGetValue(key, out var manager)) return null;
        var culture = string.IsNullOrEmpty(language) ? CultureInfo.InvariantCulture : BotLanguages.Culture(language);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.GetString(key);
    }

    private static int IndexOf(string family)
    {
        var index = Families.ToList().IndexOf(family);
        return index >= 0 ? index : throw new ArgumentException($"No text family '{family}'.", nameof(family));
    }

    private static IEnumerable<string> NeutralKeys(ResourceManager manager)
    {
        // Resource sets are cached by the ResourceManager: never dispose them.
        var set = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"Neutral resources {manager.BaseName} are missing.");
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            yield return (string)entry.Key;
        }
    }
}
