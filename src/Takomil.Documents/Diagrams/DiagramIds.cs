using System.Globalization;
using System.Text;

namespace Takomil.Documents.Diagrams;

/// <summary>
/// XML ids for diagram elements. Every id is a counter (unique by construction) plus an ASCII slug of the
/// step key for readability, so hostile keys ("a b", "&lt;x&gt;", "1st", Cyrillic) still give valid, distinct NCNames.
/// </summary>
internal static class DiagramIds
{
    private const int MaxSlug = 24;

    public static string Of(string prefix, int number, string? hint = null)
    {
        var id = prefix + "_" + number.ToString(CultureInfo.InvariantCulture);
        var slug = Slug(hint);
        return slug.Length == 0 ? id : id + "_" + slug;
    }

    public static string Of(string prefix, int number, int sub) =>
        prefix + "_" + number.ToString(CultureInfo.InvariantCulture) + "_" + sub.ToString(CultureInfo.InvariantCulture);

    /// <summary>ASCII letters, digits and single underscores only.</summary>
    internal static string Slug(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(MaxSlug);
        foreach (var c in text)
        {
            if (sb.Length >= MaxSlug) break;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        return sb.ToString().TrimEnd('_');
    }
}
