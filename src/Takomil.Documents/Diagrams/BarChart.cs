using System.Globalization;
using Takomil.Documents.Rendering;
using Takomil.Domain.Common;

namespace Takomil.Documents.Diagrams;

/// <summary>What a comparison chart says around its bars.</summary>
public sealed record BarChartOptions
{
    public string Title { get; init; } = string.Empty;

    /// <summary>Appended to every value ("kun", "soʻm"); none when null.</summary>
    public string? Unit { get; init; }

    /// <summary>Language of the default legend (as-is / to-be) and of the number format.</summary>
    public UiLanguage Language { get; init; }

    public string? BeforeLabel { get; init; }

    public string? AfterLabel { get; init; }
}

/// <summary>
/// Horizontal grouped bars comparing two values per row (the current model against the optimised one: days,
/// cost, visits, documents). Takes plain rows so it knows nothing of how they were computed.
/// </summary>
public static class BarChart
{
    internal const double Width = 820;
    internal const double LabelWidth = 240;
    internal const double PlotX = 270;
    internal const double PlotWidth = 470;
    internal const double Top = 76;
    internal const double RowHeight = 58;
    internal const double BarHeight = 18;
    internal const string BeforeColor = "#95a5a6";
    internal const string AfterColor = "#27ae60";
    private const string Ink = "#22313f";

    public static string Svg(IReadOnlyList<(string Label, decimal Before, decimal After)> rows, BarChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var o = options ?? new BarChartOptions();
        var svg = new SvgDrawing(Width, Height(rows.Count), o.Title);
        Paint(svg, rows, o);
        return svg.Finish();
    }

    public static byte[] Png(IReadOnlyList<(string Label, decimal Before, decimal After)> rows, BarChartOptions? options = null, ImageOptions? image = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var o = options ?? new BarChartOptions();
        return PngCanvas.Render(Width, Height(rows.Count), image ?? ImageOptions.Default, d => Paint(d, rows, o));
    }

    internal static double Height(int rows) => Top + (Math.Max(rows, 1) * RowHeight) + 30;

    /// <summary>The value axis: from min(0, smallest) to max(0, largest), widened to round numbers.</summary>
    internal static (double Min, double Max) Axis(IReadOnlyList<(string Label, decimal Before, decimal After)> rows)
    {
        var values = rows.SelectMany(r => new[] { (double)r.Before, (double)r.After }).ToList();
        var min = Math.Min(0, values.Count == 0 ? 0 : values.Min());
        var max = Math.Max(0, values.Count == 0 ? 0 : values.Max());
        if (max - min <= 0) max = 1;
        var step = NiceStep((max - min) / 5);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step);
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / magnitude;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
    }

    private static void Paint(IDrawing d, IReadOnlyList<(string Label, decimal Before, decimal After)> rows, BarChartOptions o)
    {
        var texts = new DiagramTexts(o.Language);
        var (lines, _) = TextFit.Wrap(o.Title, Width - 40, 16, 1);
        d.Text(lines, 20, 28, 16, TextAnchor.Start, Ink, bold: true);
        var before = o.BeforeLabel ?? texts.Get("Chart.Before");
        var after = o.AfterLabel ?? texts.Get("Chart.After");
        d.Rect(new DiagramBounds(20, 42, 14, 14), new Pen(BeforeColor, null));
        d.Text([before], 40, 54, 12, TextAnchor.Start, Ink);
        var afterX = 40 + TextFit.Width(before, 12) + 24;
        d.Rect(new DiagramBounds(afterX, 42, 14, 14), new Pen(AfterColor, null));
        d.Text([after], afterX + 20, 54, 12, TextAnchor.Start, Ink);

        var (min, max) = Axis(rows);
        double X(double v) => PlotX + ((v - min) / (max - min) * PlotWidth);
        var bottom = Top + (Math.Max(rows.Count, 1) * RowHeight);
        for (var i = 0; i <= 5; i++)
        {
            var v = min + ((max - min) * i / 5);
            d.Polyline([new(X(v), Top - 6), new(X(v), bottom)], new Pen(null, "#e5e8e8", 1));
            d.Text([Format(v, texts.Culture)], X(v), bottom + 16, 10, TextAnchor.Middle, "#5d6d7e");
        }
        d.Polyline([new(X(0), Top - 6), new(X(0), bottom)], new Pen(null, Ink, 1));

        for (var r = 0; r < rows.Count; r++)
        {
            var (label, b, a) = rows[r];
            var y = Top + (r * RowHeight);
            d.BeginGroup(label);
            var (labelLines, _) = TextFit.Wrap(label, LabelWidth, 12, 2);
            d.Text(labelLines, 20, y + (labelLines.Count > 1 ? 20 : 27), 12, TextAnchor.Start, Ink);
            Bar(d, (double)b, y + 6, BeforeColor, o.Unit, texts.Culture, X);
            Bar(d, (double)a, y + 6 + BarHeight + 4, AfterColor, o.Unit, texts.Culture, X);
            d.EndGroup();
        }
    }

    private static void Bar(IDrawing d, double value, double y, string color, string? unit, CultureInfo culture, Func<double, double> x)
    {
        var (from, to) = value >= 0 ? (x(0), x(value)) : (x(value), x(0));
        d.Rect(new DiagramBounds(from, y, Math.Max(to - from, 0), BarHeight), new Pen(color, null));
        var text = Format(value, culture) + (string.IsNullOrWhiteSpace(unit) ? string.Empty : " " + unit);
        d.Text([text], value >= 0 ? to + 4 : from - 4, y + 13, 11, value >= 0 ? TextAnchor.Start : TextAnchor.End, Ink);
    }

    private static string Format(double v, CultureInfo culture) => v.ToString("#,0.##", culture);
}
