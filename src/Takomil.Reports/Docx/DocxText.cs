using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Reports.Common;

namespace Takomil.Reports.Docx;

/// <summary>Paragraphs and runs from plain text: unsafe characters dropped, line breaks kept, tabs as tabs.</summary>
internal static class DocxText
{
    public static Paragraph Paragraph(string? text, string styleId, bool bold = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        paragraph.Append(Runs(text, bold));
        return paragraph;
    }

    /// <summary>A paragraph starting with a bold label (the general information grid, bullets with a lead-in).</summary>
    public static Paragraph Labelled(string label, string? text, string styleId)
    {
        var paragraph = Paragraph(label, styleId, bold: true);
        paragraph.Append(Runs(" " + text, bold: false));
        return paragraph;
    }

    public static IEnumerable<Run> Runs(string? text, bool bold = false)
    {
        var lines = SafeText.Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold) run.RunProperties = new RunProperties { Bold = new Bold() };
            if (i > 0) run.Append(new Break());
            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (parts[j].Length > 0) run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
            yield return run;
        }
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
