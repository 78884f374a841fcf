namespace Takomil.Reports.Content;

/// <summary>The current and optimised models side by side, as rows and as a chart.</summary>
public sealed record ReportComparison(IReadOnlyList<ComparisonRow> Rows, ReportFigure? Chart);

/// <summary>One indicator (procedures, days, visits, documents, cost…); the values are already formatted.</summary>
public sealed record ComparisonRow(string Metric, string Before, string After, decimal? ChangePercent);
