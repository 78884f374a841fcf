using System.Text;

namespace Takomil.Reports.Tests.Sample;

/// <summary>
/// Test data only: spells Uzbek Latin sample text in Uzbek Cyrillic (the official 1995 correspondence), so the
/// sample exists in both scripts without keeping two copies of every sentence.
/// </summary>
internal static class UzbekCyrillic
{
    private static readonly (string Latin, string Cyrillic)[] Pairs =
    [
        ("oʻ", "ў"), ("gʻ", "ғ"), ("Oʻ", "Ў"), ("Gʻ", "Ғ"), ("OʻZ", "ЎЗ"),
        ("sh", "ш"), ("ch", "ч"), ("Sh", "Ш"), ("Ch", "Ч"), ("SH", "Ш"), ("CH", "Ч"),
        ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("Yo", "Ё"), ("Yu", "Ю"), ("Ya", "Я"),
        ("ʼ", "ъ"), ("ts", "ц"),
    ];

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['a'] = "а", ['b'] = "б", ['d'] = "д", ['e'] = "е", ['f'] = "ф", ['g'] = "г", ['h'] = "ҳ", ['i'] = "и",
        ['j'] = "ж", ['k'] = "к", ['l'] = "л", ['m'] = "м", ['n'] = "н", ['o'] = "о", ['p'] = "п", ['q'] = "қ",
        ['r'] = "р", ['s'] = "с", ['t'] = "т", ['u'] = "у", ['v'] = "в", ['x'] = "х", ['y'] = "й", ['z'] = "з",
        ['c'] = "с", ['w'] = "в",
    };

    public static string From(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var pair = Pairs.Where(p => string.CompareOrdinal(latin, i, p.Latin, 0, p.Latin.Length) == 0)
                .OrderByDescending(p => p.Latin.Length).FirstOrDefault();
            if (pair.Latin is not null)
            {
                sb.Append(pair.Cyrillic);
                i += pair.Latin.Length - 1;
                continue;
            }
            var c = latin[i];
            var wordStart = i == 0 || !char.IsLetter(latin[i - 1]);
            if (char.ToLowerInvariant(c) == 'e' && wordStart)
            {
                sb.Append(char.IsUpper(c) ? "Э" : "э");
            }
            else if (Letters.TryGetValue(char.ToLowerInvariant(c), out var cyr))
            {
                sb.Append(char.IsUpper(c) ? cyr.ToUpperInvariant() : cyr);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
