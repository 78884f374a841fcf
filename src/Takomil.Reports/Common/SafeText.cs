using System.Text;

namespace Takomil.Reports.Common;

/// <summary>
/// Makes any string safe for an XML document: characters XML 1.0 forbids (C0 controls other than tab and line
/// breaks, U+FFFE/U+FFFF, unpaired surrogates) are dropped; line breaks are normalised to '\n'. Everything
/// else, markup included, stays text — the writers escape it.
/// </summary>
internal static class SafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xFFFE && !char.IsLowSurrogate(c) && !(c >= 0x7F && c <= 0x9F)))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
