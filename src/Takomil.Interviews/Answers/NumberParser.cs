using System.Globalization;
using System.Text.RegularExpressions;

namespace Takomil.Interviews;

/// <summary>
/// Numbers as officials write them: "1 250 000", "1,5", "1.5", "1,250,000", "1.250.000,50"; money also with
/// so'm/сўм/сум/UZS and ming/млн multipliers.
/// </summary>
internal static partial class NumberParser
{
    private static readonly (string Word, decimal Factor)[] Multipliers =
    [
        ("mlrd", 1_000_000_000m), ("млрд", 1_000_000_000m), ("billion", 1_000_000_000m),
        ("mln", 1_000_000m), ("million", 1_000_000m), ("millions", 1_000_000m), ("млн", 1_000_000m), ("миллион", 1_000_000m),
        ("ming", 1_000m), ("минг", 1_000m), ("тыс", 1_000m), ("тыс.", 1_000m), ("тысяч", 1_000m), ("thousand", 1_000m),
    ];

    private static readonly string[] Currencies = ["so'm", "som", "sum", "сўм", "сум", "uzs", "so'mni", "сўмни"];

    private static readonly string[] FreeWords = ["bepul", "бепул", "бесплатно", "free", "tekin", "текин"];

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var s = Words.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0 || s.Length > 40) return false;
        var commas = s.Count(c => c == ',');
        var dots = s.Count(c => c == '.');
        if (commas > 0 && dots > 0)
        {
            // The later separator is the decimal one: 1.250.000,50 or 1,250,000.50.
            var decimalSep = s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.';
            var groupSep = decimalSep == ',' ? '.' : ',';
            if (s.Count(c => c == decimalSep) > 1) return false;
            s = s.Replace(groupSep.ToString(), string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (commas > 1)
        {
            if (!ThousandsOnly().IsMatch(s)) return false;
            s = s.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (commas == 1)
        {
            // A single comma is the decimal comma of uz/ru writing ("1,5").
            s = s.Replace(',', '.');
        }
        else if (dots > 1)
        {
            if (!ThousandsDots().IsMatch(s)) return false;
            s = s.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        return Plain().IsMatch(s)
            && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseMoney(string text, out decimal value)
    {
        value = 0;
        var folded = Words.Fold(text);
        if (FreeWords.Contains(folded)) return true;
        var factor = 1m;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var currency in Currencies)
            {
                if (folded.EndsWith(currency, StringComparison.Ordinal))
                {
                    folded = folded[..^currency.Length].TrimEnd();
                    changed = true;
                }
            }
            foreach (var (word, f) in Multipliers)
            {
                if (folded.EndsWith(word, StringComparison.Ordinal) && folded.Length > word.Length && !char.IsLetter(folded[^(word.Length + 1)]))
                {
                    folded = folded[..^word.Length].TrimEnd();
                    factor *= f;
                    changed = true;
                }
            }
        }
        if (!TryParse(folded, out var number)) return false;
        try
        {
            value = number * factor;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+$")]
    private static partial Regex ThousandsOnly();

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsDots();
}
