using Takomil.Analysis.Common;

namespace Takomil.Analysis.Burden;

/// <summary>One figure as-is and to-be, with the absolute change and the change in percent of the as-is figure
/// (null when the as-is figure is zero or either side is unknown).</summary>
public sealed record ComparisonRow(string MetricKey, decimal? AsIs, decimal? ToBe, decimal? Change, decimal? ChangePercent);

/// <summary>As-is against to-be, every burden figure side by side (issue #5 item 4).</summary>
public sealed record Comparison(IReadOnlyList<ComparisonRow> Rows)
{
    public ComparisonRow this[string metricKey] => Rows.Single(r => r.MetricKey == metricKey);

    public static Comparison Of(BurdenFigures asIs, BurdenFigures toBe)
    {
        ArgumentNullException.ThrowIfNull(asIs);
        ArgumentNullException.ThrowIfNull(toBe);
        return new Comparison([.. Metrics.All.Select(key => Row(key, asIs.Metric(key), toBe.Metric(key)))]);
    }

    private static ComparisonRow Row(string key, decimal? before, decimal? after)
    {
        if (before is not { } b || after is not { } a) return new ComparisonRow(key, before, after, null, null);
        var change = Dec.Add(a, -b);
        decimal? percent = b == 0 ? null : Dec.Round2(Dec.Mul(Dec.Div(change, b), 100m));
        return new ComparisonRow(key, b, a, change, percent);
    }
}
