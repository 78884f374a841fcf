using ClosedXML.Excel;

namespace Takomil.Storage.Import;

/// <summary>Reads the first worksheet of an XLSX file into an <see cref="ImportTable"/>; row numbers are the sheet's own.</summary>
public static class XlsxTableReader
{
    public static ImportTable Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(content);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or ArgumentException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or NotSupportedException)
        {
            // Not a spreadsheet (or a damaged one): a clear refusal, never a crash.
            return ImportTable.Unreadable(ImportCodes.FileUnreadable, ex.GetType().Name);
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            var used = sheet?.RangeUsed();
            if (sheet is null || used is null) return ImportTable.Unreadable(ImportCodes.FileEmpty, "no cells");
            var headerRow = used.FirstRow().RowNumber();
            var columns = new List<(int Column, string Header)>();
            foreach (var cell in sheet.Row(headerRow).CellsUsed())
            {
                columns.Add((cell.Address.ColumnNumber, ImportTable.NormalizeHeader(cell.GetString())));
            }
            var lastRow = used.LastRow().RowNumber();
            if (lastRow - headerRow > ImportTable.MaxRows)
            {
                return new ImportTable([.. columns.Select(c => c.Header)], [], [ImportError.Of(0, null, ImportCodes.TooManyRows, ("max", ImportTable.MaxRows))]);
            }
            var rows = new List<ImportRow>();
            for (var r = headerRow + 1; r <= lastRow; r++)
            {
                var cells = new Dictionary<string, ImportCell>(StringComparer.Ordinal);
                foreach (var (column, header) in columns)
                {
                    if (header.Length == 0) continue;
                    cells.TryAdd(header, Read(sheet.Cell(r, column)));
                }
                if (cells.Values.All(c => c.Text.Length == 0)) continue;
                rows.Add(new ImportRow(r, cells));
            }
            return new ImportTable([.. columns.Select(c => c.Header)], rows, []);
        }
    }

    private static ImportCell Read(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime && cell.TryGetValue(out DateTime date))
        {
            var day = DateOnly.FromDateTime(date);
            return new ImportCell(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day);
        }
        return new ImportCell(cell.GetString().Trim());
    }
}
