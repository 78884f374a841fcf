using System.Globalization;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Reports.Texts;

namespace Takomil.Reports.Layout;

/// <summary>Values the report formats itself: dates, numbers, time limits, amounts and the domain's enums.</summary>
internal sealed class ReportFormat(ReportTexts texts)
{
    /// <summary>Dates as Uzbek and Russian state documents print them in tables: 02.06.2016.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Dash(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    public static string List(IEnumerable<string> items)
    {
        var text = string.Join("; ", items.Where(i => !string.IsNullOrWhiteSpace(i)));
        return text.Length == 0 ? "—" : text;
    }

    public string Count(long value) => value.ToString("N0", texts.Culture);

    public string Number(decimal value) => value.ToString("#,0.##", texts.Culture);

    public string Percent(decimal share) => (share * 100m).ToString("0.0", texts.Culture);

    public string SignedPercent(decimal? change) =>
        change is { } c ? (c > 0 ? "+" : string.Empty) + c.ToString("0.#", texts.Culture) : "—";

    public string YesNo(bool value) => texts[value ? "Yes" : "No"];

    public string TimeLimit(TimeLimit? limit) => limit is null
        ? "—"
        : texts.Format("Unit." + limit.Unit, limit.Value.ToString("0.##", texts.Culture));

    public string Amount(Amount? amount)
    {
        if (amount is null || !amount.IsKnown) return "—";
        var parts = new List<string>();
        if (amount.Uzs is { } uzs) parts.Add(texts.Format("Amount.Uzs", Number(uzs)));
        if (amount.BhmMultiple is { } bhm) parts.Add(texts.Format("Amount.Bhm", Number(bhm)));
        return string.Join(" / ", parts);
    }

    public string Participation(AgencyParticipation role) => texts["Participation." + role];

    public string Payment(PaymentMethod method) => texts["Payment." + method];

    public string Timing(PaymentTiming timing) => texts["Timing." + timing];

    public string Kind(ProcedureKind kind) => texts["Kind." + kind];

    public string Recipient(Takomil.Domain.Services.RecipientCategory category) => texts["Recipient." + category];

    public string Role(Takomil.Domain.Access.WorkingGroupRole role) => texts["Role." + role];

    /// <summary>The measure's letter as p. 6 prints it in the report's language (a, b, v, g… in Uzbek Latin).</summary>
    public string Letter(Measure measure)
    {
        var letters = texts["Measures.Letters"].Split(',');
        var index = (int)measure;
        return index >= 0 && index < letters.Length ? letters[index] : measure.ToString();
    }
}
