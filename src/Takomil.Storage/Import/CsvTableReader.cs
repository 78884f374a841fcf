using CsvHelper;

namespace Takomil.Storage.Import;

/// <summary>Reads CSV (comma, semicolon, tab or bar separated, as Excel writes it in any locale) into an <see cref="ImportTable"/>.</summary>
public static class CsvTableReader
{
    public static ImportTable Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<ImportError>();
        var options = CsvReaderOptions.Default with
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => errors.Add(ImportError.Of(
                (int)Math.Max(record.LineNumber, record.RecordNumber), null, ImportCodes.MalformedRow, ("reason", record.Reason))),
        };
        try
        {
            using var csv = CsvReader.Create(content, options, leaveOpen: true);
            var headers = csv.Headers.Select(ImportTable.NormalizeHeader).ToArray();
            if (headers.Length == 0 || headers.All(h => h.Length == 0))
            {
                return ImportTable.Unreadable(ImportCodes.FileEmpty, "no header row");
            }
            var rows = new List<ImportRow>();
            while (csv.Read())
            {
                if (rows.Count >= ImportTable.MaxRows)
                {
                    return new ImportTable(headers, rows, [ImportError.Of(0, null, ImportCodes.TooManyRows, ("max", ImportTable.MaxRows))]);
                }
                var cells = new Dictionary<string, ImportCell>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Length && i < csv.FieldCount; i++)
                {
                    if (headers[i].Length > 0) cells.TryAdd(headers[i], new ImportCell(csv.GetString(i) ?? string.Empty));
                }
                if (cells.Values.All(c => c.Text.Length == 0)) continue;
                rows.Add(new ImportRow((int)csv.LineNumber, cells));
            }
            return new ImportTable(headers, rows, errors);
        }
        catch (Exception ex) when (ex is CsvFormatException or FormatException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            return ImportTable.Unreadable(ImportCodes.FileUnreadable, ex.GetType().Name);
        }
    }
}
