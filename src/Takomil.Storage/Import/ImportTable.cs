namespace Takomil.Storage.Import;

/// <summary>One cell: its text, and the date when the spreadsheet stored a real date rather than text.</summary>
public sealed record ImportCell(string Text, DateOnly? Date = null);

/// <summary>One data row, its cells by normalised header name.</summary>
public sealed record ImportRow(int Row, IReadOnlyDictionary<string, ImportCell> Cells)
{
    public ImportCell Cell(string column) => Cells.TryGetValue(column, out var cell) ? cell : new ImportCell(string.Empty);
}

/// <summary>A file read as a table: normalised headers, rows, and the problems found while reading.</summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors)
{
    /// <summary>Most readers refuse files beyond this; a List has a few hundred services.</summary>
    public const int MaxRows = 10_000;

    public static ImportTable Unreadable(string code, string reason) =>
        new([], [], [ImportError.Of(0, null, code, ("reason", reason))]);

    /// <summary>"Service Code", "service-code" and "service_code" all name the same column.</summary>
    public static string NormalizeHeader(string header) =>
        string.Join('_', (header ?? string.Empty).Trim().ToLowerInvariant()
            .Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
