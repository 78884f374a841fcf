using System.Text;

namespace Takomil.Protocol.Cards;

/// <summary>
/// Neutralises the markdown that Adaptive Card hosts apply to <c>TextBlock</c> and <c>Fact</c>
/// text, using CommonMark backslash escapes (every ASCII punctuation character may be escaped).
/// Only characters that can start formatting are escaped, so clients that show a stray backslash
/// (older Teams mobile builds did) show as few as possible:
/// <list type="bullet">
/// <item>anywhere: <c>\ * _ ` [ ] &lt; &amp; ~ | { }</c> — emphasis, code, links and images,
/// autolinks and HTML, entities, strikethrough, tables, <c>{{DATE()}}</c> functions and <c>${}</c>;</item>
/// <item>at the start of a line: <c># &gt; - + =</c> and the <c>.</c> or <c>)</c> after a number —
/// headings, quotes, lists and setext underlines.</item>
/// </list>
/// Where a host must not interpret anything at all, use <see cref="RichTextBlock.Plain"/>: a
/// <c>TextRun</c> is never markdown.
/// </summary>
public static class MarkdownText
{
    private const string EscapedAnywhere = "\\*_`[]<&~|{}";
    private const string EscapedAtLineStart = "#>-+=";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                sb.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c == ' ')
            {
                sb.Append(c); // up to three leading spaces still count as the line start in CommonMark
                continue;
            }

            if (EscapedAnywhere.Contains(c, StringComparison.Ordinal)
                || (lineStart && EscapedAtLineStart.Contains(c, StringComparison.Ordinal)))
            {
                sb.Append('\\');
                sb.Append(c);
            }
            else if (lineStart && char.IsAsciiDigit(c))
            {
                i = AppendOrderedListMarker(text, i, sb);
            }
            else
            {
                sb.Append(c);
            }

            lineStart = false;
        }

        return sb.ToString();
    }

    // "12. x" or "12) x" at a line start is an ordered list item: escape its delimiter.
    private static int AppendOrderedListMarker(string text, int start, StringBuilder sb)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        sb.Append(text, start, end - start);
        if (end < text.Length && text[end] is '.' or ')')
        {
            sb.Append('\\');
            sb.Append(text[end]);
            return end;
        }

        return end - 1;
    }
}
