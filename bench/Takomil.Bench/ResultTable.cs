using System.Globalization;
using System.Text;

namespace Takomil.Bench;

/// <summary>
/// The one result table: per concurrency level, turns/s, p50, p99 and errors of every target side by
/// side, and Takomil's ratio to each peer (Takomil ÷ peer).
/// </summary>
internal static class ResultTable
{
    private static readonly string[] Columns = [TargetNames.Takomil, TargetNames.Js, TargetNames.Raw];

    public static string Markdown(IReadOnlyList<CellResult> cells, IReadOnlyList<int> levels)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| conversations | metric | {string.Join(" | ", Columns.Select(TargetNames.Display))} | Takomil ÷ JS SDK | Takomil ÷ raw |");
        sb.AppendLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var c in levels)
        {
            CellResult? Cell(string t) => cells.FirstOrDefault(x => x.Target == t && x.Concurrency == c);
            var row = Columns.Select(Cell).ToArray();
            AddRow(sb, c, "turns/s", row, r => r.TurnsPerSecond, FormatRate, ratio: true);
            AddRow(sb, c, "p50 ms", row, r => r.P50Ms, FormatMs, ratio: true);
            AddRow(sb, c, "p99 ms", row, r => r.P99Ms, FormatMs, ratio: true);
            AddRow(sb, c, "target CPU ms/turn", row, r => r.CpuMsPerTurn, FormatMs, ratio: true);
            AddRow(sb, c, "errors", row, r => r.Errors, v => v.ToString("0", CultureInfo.InvariantCulture), ratio: false);
        }
        return sb.ToString();
    }

    private static void AddRow(
        StringBuilder sb, int level, string metric, CellResult?[] row,
        Func<CellResult, double> pick, Func<double, string> format, bool ratio)
    {
        var values = row.Select(r => r is null ? (double?)null : pick(r)).ToArray();
        var cells = values.Select(v => v is { } x && !double.IsNaN(x) ? format(x) : "—");
        string Ratio(double? peer) =>
            ratio && values[0] is { } t && peer is { } p && p > 0 && !double.IsNaN(t) && !double.IsNaN(p)
                ? (t / p).ToString("0.00", CultureInfo.InvariantCulture) + "×"
                : "—";
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {level} | {metric} | {string.Join(" | ", cells)} | {Ratio(values[1])} | {Ratio(values[2])} |");
    }

    private static string FormatRate(double v) =>
        v.ToString(v >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    private static string FormatMs(double v) =>
        v.ToString(v >= 10 ? "0.0" : v >= 0.1 ? "0.00" : "0.000", CultureInfo.InvariantCulture);

    /// <summary>One line per cell for the console, as the run goes.</summary>
    public static string Line(CellResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{TargetNames.Display(r.Target),-18} C={r.Concurrency,-3} {r.TurnsPerSecond,9:0.0} turns/s  p50 {r.P50Ms,8:0.00} ms  p99 {r.P99Ms,8:0.00} ms  cpu {r.CpuMsPerTurn,6:0.00} ms/turn  turns {r.Turns}  errors {r.Errors}  replies {r.Counters.Replies} of {r.Counters.BytesPerReply} B (unmatched {r.Counters.Unmatched}, other calls {r.Counters.OtherCalls})");
}
