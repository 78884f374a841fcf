using System.Globalization;
using Takomil.Analysis.Burden;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Models.Cards;

/// <summary>
/// As-is against to-be (issue #5 item 4): every burden figure with the change and the change in percent, and the bar
/// chart of the figures on a comparable scale as a picture by link.
/// </summary>
public sealed class ComparisonCard(Texts texts, ModelTexts models)
{
    /// <summary>The figures drawn in the chart: counts and days share a scale; sums of money and yearly hours do not.</summary>
    public static readonly IReadOnlyList<string> ChartMetrics =
    [
        Metrics.Steps, Metrics.ApplicantVisits, Metrics.DocumentsAsked, Metrics.Agencies, Metrics.ApplicantContactPoints,
        Metrics.CriticalPathDays, Metrics.ScmHoursPerApplication,
    ];

    public AdaptiveCard Build(string serviceCode, string serviceName, Comparison comparison, bool anyAccepted, Uri? chart, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var body = new List<CardElement>
        {
            InspectionCardParts.Heading(texts.Get("Compare.Title", culture)),
            TextBlock.Plain($"{serviceCode} · {serviceName}") with { IsSubtle = true, Spacing = Spacing.None },
        };
        if (!anyAccepted) body.Add(TextBlock.Markdown(texts.Get("Compare.NothingAccepted", culture)) with { IsSubtle = true });
        body.Add(Row(texts.Get("Compare.Figure", culture), texts.Get("Compare.AsIs", culture), texts.Get("Compare.ToBe", culture), texts.Get("Compare.Change", culture), header: true));
        foreach (var row in comparison.Rows)
        {
            body.Add(Row(models.Metric(row.MetricKey, culture), Number(row.AsIs, culture), Number(row.ToBe, culture), Change(row, culture), header: false));
        }
        if (chart is not null)
        {
            body.Add(new Image(chart, texts.Get("Compare.ChartAlt", culture))
            {
                Size = ImageSize.Stretch,
                Separator = true,
                SelectAction = new OpenUrlAction(chart) { Title = texts.Get("Compare.OpenChart", culture) },
            });
        }
        return new AdaptiveCard
        {
            Body = body,
            Actions = chart is null ? null : [new OpenUrlAction(chart) { Title = texts.Get("Compare.OpenChart", culture) }],
            FallbackText = texts.Get("Compare.Title", culture),
        };
    }

    public static string Number(decimal? value, CultureInfo culture) => value is { } v ? v.ToString("#,0.##", culture) : "—";

    private static string Change(ComparisonRow row, CultureInfo culture)
    {
        if (row.Change is not { } change) return "—";
        var sign = change > 0 ? "+" : string.Empty;
        var text = sign + change.ToString("#,0.##", culture);
        return row.ChangePercent is { } percent ? $"{text} ({sign}{percent.ToString("0.##", culture)} %)" : text;
    }

    private static ColumnSet Row(string metric, string before, string after, string change, bool header)
    {
        TextBlock Cell(string text) => TextBlock.Plain(text) with { Weight = header ? FontWeight.Bolder : null, Spacing = Spacing.None };
        return new ColumnSet(
        [
            new Column([Cell(metric)]) { Width = Column.Stretch },
            new Column([Cell(before) with { HorizontalAlignment = HorizontalAlignment.Right }]) { Width = "96px" },
            new Column([Cell(after) with { HorizontalAlignment = HorizontalAlignment.Right }]) { Width = "96px" },
            new Column([Cell(change) with { HorizontalAlignment = HorizontalAlignment.Right }]) { Width = "128px" },
        ]) { Spacing = header ? Spacing.Medium : Spacing.Small, Separator = header ? true : null };
    }
}
