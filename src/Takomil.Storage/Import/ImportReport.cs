namespace Takomil.Storage.Import;

/// <summary>
/// One problem in an imported file: the row as the user sees it (1 = the header; 0 = the file as a whole), the
/// column header, a reason code the bot localises and its named arguments.
/// </summary>
public sealed record ImportError(int Row, string? Column, string Code, IReadOnlyDictionary<string, string> Args)
{
    public static ImportError Of(int row, string? column, string code, params (string Name, object? Value)[] args) =>
        new(row, column, code, args.ToDictionary(
            a => a.Name,
            a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            StringComparer.Ordinal));

    public override string ToString() => $"row {Row} {Column}: {Code} {string.Join(", ", Args.Select(a => $"{a.Key}={a.Value}"))}";
}

/// <summary>The result of an all-or-nothing import: either everything was saved, or nothing and every error is listed.</summary>
public sealed record ImportReport(bool Succeeded, int RowsRead, int EntriesAdded, int ServicesCreated, IReadOnlyList<ImportError> Errors)
{
    public static ImportReport Failed(int rowsRead, IReadOnlyList<ImportError> errors) => new(false, rowsRead, 0, 0, errors);
}

public enum ImportFormat
{
    Csv = 0,
    Xlsx = 1,
}
