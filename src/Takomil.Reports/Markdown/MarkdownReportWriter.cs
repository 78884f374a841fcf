using System.Text;
using Takomil.Reports.Content;
using Takomil.Reports.Layout;

namespace Takomil.Reports.Markdown;

/// <summary>
/// Writes the report as GitHub-flavoured Markdown: the same words as the Word document, pictures referenced by
/// the relative file names in the content (the caller saves the PNGs beside the Markdown file).
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(ReportContent content)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(content, writer);
        return writer.ToString();
    }

    public static void Write(ReportContent content, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var layout = ReportLayoutBuilder.Build(content);
        var md = new StringBuilder();
        var blocks = layout.Sections.SelectMany(s => s.Blocks).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            Render(md, blocks[i]);
            // Bullets in a row make one tight list; a blank line closes it.
            var nextIsBullet = i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock { Role: ParagraphRole.Bullet };
            if (blocks[i] is ParagraphBlock { Role: ParagraphRole.Bullet } && !nextIsBullet) md.Append('\n');
        }
        output.Write(md.ToString().TrimEnd('\n') + "\n");
    }

    private static void Render(StringBuilder md, Block block)
    {
        switch (block)
        {
            case TitlePageBlock t:
                md.Append('*').Append(MarkdownText.Escape(t.Draft)).Append("*\n\n");
                md.Append("**").Append(MarkdownText.Escape(t.Country)).Append("**  \n");
                md.Append("**").Append(MarkdownText.Escape(t.Authority)).Append("**\n\n");
                md.Append("# ").Append(MarkdownText.Line(t.Kind + " " + t.Title)).Append("\n\n");
                md.Append(MarkdownText.Escape(t.ServiceLine)).Append("\n\n");
                md.Append(MarkdownText.Escape(t.Basis)).Append("\n\n");
                md.Append(MarkdownText.Escape(t.Date)).Append("  \n").Append(MarkdownText.Escape(t.CityYear)).Append("\n\n");
                break;
            case HeadingBlock h:
                // The title page holds the only level-1 heading; the report's sections start at level 2.
                md.Append(new string('#', h.Level + 1)).Append(' ').Append(MarkdownText.Line(h.Text)).Append("\n\n");
                break;
            case ParagraphBlock { Role: ParagraphRole.Bullet } p:
                md.Append("- ").Append(MarkdownText.Escape(p.Text).Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
                break;
            case ParagraphBlock { Role: ParagraphRole.Note } p:
                md.Append('*').Append(MarkdownText.Escape(p.Text).Replace('\n', ' ').Trim()).Append("*\n\n");
                break;
            case ParagraphBlock p:
                md.Append(MarkdownText.Escape(p.Text)).Append("\n\n");
                break;
            case FieldsBlock f:
                foreach (var (label, value) in f.Fields)
                {
                    md.Append("- **").Append(MarkdownText.Cell(label)).Append(":** ").Append(MarkdownText.Cell(value)).Append('\n');
                }
                md.Append('\n');
                break;
            case TableBlock t:
                Table(md, t);
                break;
            case FigureBlock f:
                md.Append("![").Append(MarkdownText.Cell(f.Caption)).Append("](").Append(MarkdownText.Url(f.Figure.FileName)).Append(")\n\n");
                md.Append('*').Append(MarkdownText.Cell(f.Caption)).Append("*\n\n");
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private static void Table(StringBuilder md, TableBlock t)
    {
        if (t.Caption is not null) md.Append('*').Append(MarkdownText.Cell(t.Caption)).Append("*\n\n");
        md.Append("| ").Append(string.Join(" | ", t.Header.Select(MarkdownText.Cell))).Append(" |\n");
        md.Append('|').Append(string.Concat(t.Header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in t.Rows)
        {
            var cells = Enumerable.Range(0, t.Header.Count).Select(i => MarkdownText.Cell(i < row.Count ? row[i] : string.Empty));
            md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }
        md.Append('\n');
    }
}
