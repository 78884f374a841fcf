using System.Globalization;
using System.Text;

namespace Takomil.Analysis.Common;

/// <summary>
/// Document names, titles and agency names are typed by people, in Latin and Cyrillic, with any of the four
/// apostrophes Uzbek uses (' ʻ ʼ ’). Comparisons go through one normal form so "Oʻzbekiston" and "O'zbekiston" match.
/// </summary>
internal static class Names
{
    public static StringComparer Comparer { get; } = new NormalizedComparer();

    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return string.Empty;
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c is '\u02BB' or '\u02BC' or '\u2019' or '\u2018' or '`' or '\u00B4' ? '\'' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static bool Same(string? a, string? b) => Normalize(a) == Normalize(b) && !string.IsNullOrWhiteSpace(a);

    public static bool ContainsAny(string? text, IEnumerable<string> markers)
    {
        var normal = Normalize(text);
        return normal.Length > 0 && markers.Any(m => Normalize(m) is { Length: > 0 } n && normal.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>A key fragment from a name: ASCII letters and digits, dashes between words, apostrophes dropped.</summary>
    public static string Slug(string? value)
    {
        var sb = new StringBuilder();
        foreach (var c in Normalize(value).Normalize(NormalizationForm.FormD))
        {
            if (c == '\'' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        return slug.Length > 0 ? slug : StableId.Hash(value ?? string.Empty)[..8];
    }

    private sealed class NormalizedComparer : StringComparer
    {
        public override int Compare(string? x, string? y) => string.CompareOrdinal(Normalize(x), Normalize(y));

        public override bool Equals(string? x, string? y) => Normalize(x) == Normalize(y);

        public override int GetHashCode(string obj) => Normalize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
