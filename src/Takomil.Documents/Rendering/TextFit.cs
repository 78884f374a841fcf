using System.Text;

namespace Takomil.Documents.Rendering;

/// <summary>
/// Wraps text into lines that fit a width, with an ellipsis when it does not fit in the lines allowed. Widths are
/// estimated from character classes (a little wider than DejaVu Sans), never measured with a font, so the layout and
/// the SVG come out the same on every machine whatever fonts it has.
/// </summary>
internal static class TextFit
{
    public const string Ellipsis = "…";

    public static double Width(string text, double size)
    {
        double em = 0;
        foreach (var c in text) em += Em(c);
        return em * size;
    }

    private static double Em(char c) => c switch
    {
        ' ' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'ʻ' or 'ʼ' or '’' or '‘' or '(' or ')' => 0.34,
        'i' or 'j' or 'l' or 'I' or 'f' or 't' or 'r' => 0.36,
        'm' or 'w' or 'M' or 'W' or 'ш' or 'щ' or 'ж' or 'м' or 'ю' or 'Ш' or 'Щ' or 'Ж' or 'М' or 'Ю' or 'Ф' or 'ф' => 0.86,
        _ when char.IsUpper(c) => 0.72,
        _ when char.IsDigit(c) => 0.64,
        _ => 0.62,
    };

    /// <summary>The lines of <paramref name="text"/> within <paramref name="maxWidth"/>, at most <paramref name="maxLines"/>; Truncated says whether text was cut.</summary>
    public static (IReadOnlyList<string> Lines, bool Truncated) Wrap(string? text, double maxWidth, double size, int maxLines)
    {
        var clean = SafeText.Clean(text).ReplaceLineEndings(" ").Trim();
        if (clean.Length == 0 || maxLines <= 0) return ([], clean.Length > 0);
        var lines = new List<string>();
        var current = new StringBuilder();
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Width(candidate, size) <= maxWidth)
            {
                current.Clear().Append(candidate);
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
                if (lines.Count == maxLines) return (Finish(lines, maxWidth, size), true);
            }
            // A word longer than the line is broken where it overflows.
            while (Width(word, size) > maxWidth)
            {
                var cut = Fit(word, maxWidth, size);
                lines.Add(word[..cut]);
                word = word[cut..];
                if (lines.Count == maxLines) return (Finish(lines, maxWidth, size), true);
            }
            current.Append(word);
        }
        if (current.Length > 0)
        {
            if (lines.Count == maxLines) return (Finish(lines, maxWidth, size), true);
            lines.Add(current.ToString());
        }
        return (lines, false);
    }

    private static int Fit(string word, double maxWidth, double size)
    {
        var n = 1;
        while (n < word.Length && Width(word[..(n + 1)], size) <= maxWidth) n++;
        if (n < word.Length && char.IsLowSurrogate(word[n])) n = Math.Max(1, n - 1);
        return n;
    }

    /// <summary>Marks the last line as cut, shortening it until the ellipsis fits.</summary>
    private static List<string> Finish(List<string> lines, double maxWidth, double size)
    {
        var last = lines[^1];
        while (last.Length > 1 && Width(last + Ellipsis, size) > maxWidth) last = last[..^1];
        if (last.Length > 0 && char.IsHighSurrogate(last[^1])) last = last[..^1];
        lines[^1] = last.TrimEnd() + Ellipsis;
        return lines;
    }
}
