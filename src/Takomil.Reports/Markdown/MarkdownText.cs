using System.Text;
using Takomil.Reports.Common;

namespace Takomil.Reports.Markdown;

/// <summary>
/// Escapes text for GitHub-flavoured Markdown so that it always reads as the same text: inline markup,
/// HTML, entities and link syntax are backslash-escaped; what would start a block (a heading, list, quote or
/// rule) at the start of a line is escaped too; in table cells '|' is escaped and line breaks become spaces.
/// </summary>
internal static class MarkdownText
{
    private const string Inline = "\\`*_{}[]<>()#!|~&";

    public static string Escape(string? text)
    {
        var lines = SafeText.Clean(text).Replace('\t', ' ').Split('\n');
        return string.Join("\n", lines.Select(EscapeLine));
    }

    /// <summary>One line of inline text (a heading): nothing there can open a block, so only inline markup is escaped.</summary>
    public static string Line(string? text)
    {
        var flat = SafeText.Clean(text).Replace('\t', ' ').Replace('\n', ' ').Trim();
        return EscapeInline(flat);
    }

    public static string Cell(string? text)
    {
        var flat = SafeText.Clean(text).Replace('\t', ' ').Replace('\n', ' ').Trim();
        return flat.Length == 0 ? " " : EscapeInline(flat);
    }

    /// <summary>A link target: relative file names percent-encoded where Markdown would stop or misread them.</summary>
    public static string Url(string fileName)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(SafeText.Clean(fileName)))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~/".Contains(c, StringComparison.Ordinal))) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string EscapeLine(string line)
    {
        var trimmed = line.TrimStart(' ');
        var indent = line.Length - trimmed.Length;
        // Four spaces would make an indented code block; the indentation carries no meaning in the report.
        var escaped = EscapeInline(trimmed);
        if (escaped.Length > 0 && "-+=>".Contains(escaped[0], StringComparison.Ordinal)) escaped = "\\" + escaped;
        else
        {
            // "1." or "1)" at the start of a line opens an ordered list.
            var digits = 0;
            while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits])) digits++;
            if (digits > 0 && digits < escaped.Length && (escaped[digits] == '.' || escaped[digits] == ')'))
            {
                escaped = escaped[..digits] + "\\" + escaped[digits..];
            }
        }
        return indent > 0 && escaped.Length > 0 ? " " + escaped : escaped;
    }

    private static string EscapeInline(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
