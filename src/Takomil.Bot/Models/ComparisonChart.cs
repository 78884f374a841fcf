using System.Globalization;
using Takomil.Analysis.Burden;
using Takomil.Bot.Localization;
using Takomil.Bot.Models.Cards;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Common;

namespace Takomil.Bot.Models;

/// <summary>The as-is/to-be bar chart of the figures that share a scale (counts, days, hours per application).</summary>
public sealed class ComparisonChart(Texts texts, ModelTexts models)
{
    public byte[] Png(Comparison comparison, CultureInfo culture, ImageOptions image)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = comparison.Rows
            .Where(r => ComparisonCard.ChartMetrics.Contains(r.MetricKey) && r.AsIs is not null && r.ToBe is not null)
            .Select(r => (models.Metric(r.MetricKey, culture), r.AsIs!.Value, r.ToBe!.Value))
            .ToList();
        var options = new BarChartOptions
        {
            Title = texts.Get("Compare.ChartTitle", culture),
            Language = Languages.Of(culture),
            BeforeLabel = texts.Get("Compare.AsIs", culture),
            AfterLabel = texts.Get("Compare.ToBe", culture),
        };
        return BarChart.Png(rows, options, image);
    }
}
