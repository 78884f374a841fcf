using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Reports.Layout;

namespace Takomil.Reports.Docx;

/// <summary>
/// Tables at full text width with fixed column widths (so LibreOffice and Word lay them out alike), borders on
/// every cell and a shaded header row that repeats on every page.
/// </summary>
internal static class DocxTables
{
    private const string HeaderFill = "D9E2F3";

    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

    public static Table Build(TableBlock block, PageGeometry page)
    {
        var widths = ColumnWidths(block.Widths, block.Header.Count, page.TextWidth);
        var table = Start(widths);
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < block.Header.Count; i++) header.Append(Cell(block.Header[i], widths[i], DocxStyles.TableHeading, shaded: true));
        table.Append(header);
        foreach (var row in block.Rows)
        {
            // Rows are short; keeping each on one page keeps a value next to its label.
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < widths.Length; i++) tr.Append(Cell(i < row.Count ? row[i] : string.Empty, widths[i], DocxStyles.TableText, shaded: false));
            table.Append(tr);
        }
        return table;
    }

    /// <summary>Label–value pairs as a two-column grid, the label column shaded like a header.</summary>
    public static Table Fields(FieldsBlock block, PageGeometry page)
    {
        var widths = ColumnWidths([2, 3], 2, page.TextWidth);
        var table = Start(widths);
        foreach (var (label, value) in block.Fields)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(label, widths[0], DocxStyles.TableText, shaded: true, bold: true),
                Cell(value, widths[1], DocxStyles.TableText, shaded: false)));
        }
        return table;
    }

    private static Table Start(int[] widths)
    {
        var table = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyles.Table },
            TableWidth = new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableBorders = Borders(),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        var grid = new TableGrid();
        foreach (var w in widths) grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        table.Append(grid);
        return table;
    }

    private static TableCell Cell(string text, int width, string style, bool shaded, bool bold = false)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        };
        if (shaded) properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill };
        return new TableCell(properties, DocxText.Paragraph(text, style, bold));
    }

    /// <summary>Relative widths scaled to the text width, in twips; missing or invalid weights count as 1.</summary>
    internal static int[] ColumnWidths(IReadOnlyList<int> weights, int columns, int total)
    {
        var w = Enumerable.Range(0, columns).Select(i => i < weights.Count && weights[i] > 0 ? weights[i] : 1).ToArray();
        var sum = w.Sum();
        var widths = w.Select(x => total * x / sum).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }
}
