namespace Takomil.Interviews;

/// <summary>A user-visible text of a script in the bot's four languages; <see cref="For"/> falls back to uz-Latn.</summary>
internal sealed record LocalText(string UzLatn, string UzCyrl, string Ru, string En)
{
    public static readonly IReadOnlyList<string> Languages = ["uz-Latn", "uz-Cyrl", "ru", "en"];

    public string For(string? language) => Languages.Normalize(language) switch
    {
        "uz-Cyrl" => UzCyrl,
        "ru" => Ru,
        "en" => En,
        _ => UzLatn,
    };

    public IEnumerable<string> All => [UzLatn, UzCyrl, Ru, En];
}

internal static class LanguageCodes
{
    /// <summary>The bot's code for a language tag; anything unknown is uz-Latn, the default.</summary>
    public static string Normalize(this IReadOnlyList<string> languages, string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return "uz-Latn";
        foreach (var known in languages)
        {
            if (string.Equals(known, language, StringComparison.OrdinalIgnoreCase)) return known;
        }
        if (language.StartsWith("ru", StringComparison.OrdinalIgnoreCase)) return "ru";
        if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return "en";
        if (language.Contains("cyrl", StringComparison.OrdinalIgnoreCase)) return "uz-Cyrl";
        return "uz-Latn";
    }
}
