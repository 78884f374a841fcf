using System.Text.RegularExpressions;
using Takomil.Domain.Common;

namespace Takomil.Interviews;

/// <summary>
/// Time limits in the words officials use: "5 ish kuni", "3 working days", "10 дней", "24 soat", "5 рабочих дней".
/// Plain "days" are calendar days; a bare number takes the question's default unit, if it has one.
/// </summary>
internal static partial class DurationParser
{
    private static readonly (string Words, TimeUnit Unit)[] Units =
    [
        ("ish kuni", TimeUnit.WorkingDays), ("ish kun", TimeUnit.WorkingDays), ("ish kunida", TimeUnit.WorkingDays),
        ("иш куни", TimeUnit.WorkingDays), ("иш кун", TimeUnit.WorkingDays), ("иш кунида", TimeUnit.WorkingDays),
        ("рабочих дней", TimeUnit.WorkingDays), ("рабочих дня", TimeUnit.WorkingDays), ("рабочий день", TimeUnit.WorkingDays),
        ("раб. дн.", TimeUnit.WorkingDays), ("раб. дней", TimeUnit.WorkingDays), ("working days", TimeUnit.WorkingDays),
        ("working day", TimeUnit.WorkingDays), ("business days", TimeUnit.WorkingDays), ("business day", TimeUnit.WorkingDays),
        ("kalendar kuni", TimeUnit.CalendarDays), ("kalendar kun", TimeUnit.CalendarDays), ("календар куни", TimeUnit.CalendarDays),
        ("календар кун", TimeUnit.CalendarDays), ("календарных дней", TimeUnit.CalendarDays), ("календарных дня", TimeUnit.CalendarDays),
        ("календарный день", TimeUnit.CalendarDays), ("calendar days", TimeUnit.CalendarDays), ("calendar day", TimeUnit.CalendarDays),
        ("kun", TimeUnit.CalendarDays), ("kuni", TimeUnit.CalendarDays), ("kunda", TimeUnit.CalendarDays), ("кун", TimeUnit.CalendarDays),
        ("куни", TimeUnit.CalendarDays), ("кунда", TimeUnit.CalendarDays), ("дней", TimeUnit.CalendarDays), ("дня", TimeUnit.CalendarDays),
        ("день", TimeUnit.CalendarDays), ("days", TimeUnit.CalendarDays), ("day", TimeUnit.CalendarDays), ("дн.", TimeUnit.CalendarDays),
        ("soat", TimeUnit.Hours), ("soatda", TimeUnit.Hours), ("соат", TimeUnit.Hours), ("соатда", TimeUnit.Hours),
        ("часов", TimeUnit.Hours), ("часа", TimeUnit.Hours), ("час", TimeUnit.Hours), ("ч.", TimeUnit.Hours), ("ч", TimeUnit.Hours),
        ("hours", TimeUnit.Hours), ("hour", TimeUnit.Hours), ("hrs", TimeUnit.Hours), ("h", TimeUnit.Hours),
    ];

    private static readonly string[] Fillers = ["ichida", "ичида", "davomida", "давомида", "в течение", "within", "до", "up to", "gacha", "гача"];

    public static bool TryParse(string text, TimeUnit? defaultUnit, out TimeLimit value)
    {
        value = new TimeLimit(0, TimeUnit.WorkingDays);
        var folded = Words.Fold(text);
        foreach (var filler in Fillers)
        {
            if (folded.StartsWith(filler + " ", StringComparison.Ordinal)) folded = folded[(filler.Length + 1)..];
            if (folded.EndsWith(" " + filler, StringComparison.Ordinal)) folded = folded[..^(filler.Length + 1)];
        }
        var match = NumberThenRest().Match(folded);
        if (!match.Success || !NumberParser.TryParse(match.Groups[1].Value, out var number) || number <= 0) return false;
        var rest = match.Groups[2].Value.Trim();
        TimeUnit? unit = rest.Length == 0 ? defaultUnit : null;
        foreach (var (words, u) in Units)
        {
            if (rest == words)
            {
                unit = u;
                break;
            }
        }
        if (unit is null) return false;
        value = new TimeLimit(number, unit.Value);
        return true;
    }

    [GeneratedRegex(@"^(\d[\d ]*(?:[.,]\d+)?)\s*(.*)$")]
    private static partial Regex NumberThenRest();
}
