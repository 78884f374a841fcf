using System.Globalization;

namespace Takomil.Bot.Localization;

/// <summary>The four languages of Takomil and how a user's words or a client locale map onto them.</summary>
public static class BotLanguages
{
    public const string UzbekLatin = "uz-Latn";
    public const string UzbekCyrillic = "uz-Cyrl";
    public const string Russian = "ru";
    public const string English = "en";

    /// <summary>Officials work in Uzbek first (domain.md); it is the default when nothing else is known.</summary>
    public const string Default = UzbekLatin;

    public static IReadOnlyList<string> All { get; } = [UzbekLatin, UzbekCyrillic, Russian, English];

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language);

    /// <summary>Maps what a user typed after "language" (a code or a language name in any script).</summary>
    public static string? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim().ToLowerInvariant().Replace('_', '-').Replace('ʻ', '\'').Replace('‘', '\'').Replace('’', '\'');
        return s switch
        {
            "uz" or "uz-latn" or "uz-latn-uz" or "lat" or "latin" or "lotin" or "o'zbek" or "o'zbekcha" or "ozbekcha" or "uzbek" or "uzbekcha" => UzbekLatin,
            "uz-cyrl" or "uz-cyrl-uz" or "cyr" or "cyrl" or "kirill" or "кирилл" or "ўзбек" or "ўзбекча" or "узбек" or "узбекча" => UzbekCyrillic,
            "ru" or "ru-ru" or "rus" or "russian" or "русский" or "рус" or "rus tili" or "ruscha" or "русча" => Russian,
            "en" or "en-us" or "en-gb" or "eng" or "english" or "inglizcha" or "английский" or "инглизча" => English,
            _ => null,
        };
    }

    /// <summary>Maps a client locale (<c>activity.locale</c>) onto a supported language, or null.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        var l = locale.Trim();
        if (l.StartsWith("uz-Cyrl", StringComparison.OrdinalIgnoreCase)) return UzbekCyrillic;
        if (l.StartsWith("uz", StringComparison.OrdinalIgnoreCase)) return UzbekLatin;
        if (l.StartsWith("ru", StringComparison.OrdinalIgnoreCase)) return Russian;
        if (l.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return English;
        return null;
    }
}
