using System.Globalization;

namespace Takomil.Interviews;

/// <summary>Dates as 25.12.2026, 25/12/2026, 25-12-2026 or 2026-12-25, optionally followed by "y." / "йил" / "г.".</summary>
internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "d.M.yyyy", "dd.MM.yyyy", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "yyyy-M-d", "yyyy.MM.dd",
    ];

    private static readonly string[] Suffixes = ["yil", "йил", "y.", "й.", "г.", "года", "год", "г"];

    public static bool TryParse(string text, out DateOnly value)
    {
        var folded = Words.Fold(text);
        foreach (var suffix in Suffixes)
        {
            if (folded.EndsWith(suffix, StringComparison.Ordinal)) folded = folded[..^suffix.Length].TrimEnd();
        }
        return DateOnly.TryParseExact(folded, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
