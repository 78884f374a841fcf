using System.Globalization;
using Takomil.Domain.Common;

namespace Takomil.Interviews;

/// <summary>Turns a stored canonical answer into an expression value, a typed model value, or display text.</summary>
internal static class AnswerValues
{
    public static ExprValue ToExpr(QuestionType type, AnswerValue? answer)
    {
        if (answer is null) return ExprValue.Null;
        return type switch
        {
            QuestionType.Integer or QuestionType.Decimal or QuestionType.Money => ExprValue.Of(Number(answer.Text)),
            QuestionType.Date => ExprValue.Of(Date(answer.Text)),
            QuestionType.Duration => ExprValue.Of(Duration(answer.Text).Value),
            QuestionType.YesNo => ExprValue.Of(answer.Text == "yes"),
            QuestionType.SelectMany => ExprValue.Of(answer.Items ?? []),
            QuestionType.Person => ExprValue.Of([.. (answer.People ?? []).Select(p => p.Email ?? p.Name)]),
            QuestionType.File => ExprValue.Of([.. (answer.Files ?? []).Select(f => f.Name)]),
            QuestionType.Note => ExprValue.Null,
            _ => ExprValue.Of(answer.Text),
        };
    }

    /// <summary>The typed value of the contract's <see cref="BoundValue"/>.</summary>
    public static object? ToTyped(QuestionType type, AnswerValue answer) => type switch
    {
        QuestionType.Integer => long.Parse(answer.Text!, CultureInfo.InvariantCulture),
        QuestionType.Decimal => Number(answer.Text),
        QuestionType.Money => new Amount(Number(answer.Text), null),
        QuestionType.Date => Date(answer.Text),
        QuestionType.Duration => Duration(answer.Text),
        QuestionType.YesNo => answer.Text == "yes",
        QuestionType.SelectMany => (answer.Items ?? []).ToArray(),
        QuestionType.Person => (answer.People ?? []).ToArray(),
        QuestionType.File => (answer.Files ?? []).ToArray(),
        _ => answer.Text,
    };

    public static object? ToTyped(ExprValue value) => value.Kind switch
    {
        ValueKind.Number => value.Number,
        ValueKind.Text => value.Text,
        ValueKind.Bool => value.Bool,
        ValueKind.Date => value.Date,
        ValueKind.List => value.List!.ToArray(),
        _ => null,
    };

    public static string Display(QuestionType type, AnswerValue answer, IReadOnlyList<OfferedChoice> choices, string language) => type switch
    {
        QuestionType.Integer or QuestionType.Decimal => FormatNumber(Number(answer.Text), language),
        QuestionType.Money => $"{FormatNumber(Number(answer.Text), language)} {BuiltInMessages.Get("currency", language)}",
        QuestionType.Date => Date(answer.Text).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        QuestionType.Duration => FormatDuration(Duration(answer.Text), language),
        QuestionType.YesNo => BuiltInMessages.Get(answer.Text == "yes" ? "yes" : "no", language),
        QuestionType.SelectOne => Label(answer.Text ?? string.Empty, choices, language),
        QuestionType.SelectMany => string.Join(", ", (answer.Items ?? []).Select(v => Label(v, choices, language))),
        QuestionType.Person => string.Join(", ", (answer.People ?? []).Select(p =>
            p.Email is { } email && email != p.Name ? $"{p.Name} <{email}>" : p.Name)),
        QuestionType.File => string.Join(", ", (answer.Files ?? []).Select(f => f.Name)),
        _ => answer.Text ?? string.Empty,
    };

    public static string Display(ExprValue value, string language) => value.Kind switch
    {
        ValueKind.Number => FormatNumber(value.Number, language),
        ValueKind.Bool => BuiltInMessages.Get(value.Bool ? "yes" : "no", language),
        ValueKind.Date => value.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        ValueKind.List => string.Join(", ", value.List!),
        ValueKind.Text => value.Text!,
        _ => string.Empty,
    };

    public static string FormatDuration(TimeLimit limit, string language) =>
        $"{FormatNumber(limit.Value, language)} {BuiltInMessages.Get("unit." + limit.Unit, language)}";

    /// <summary>Thousands grouped by spaces from 10 000 up (so years stay "2025"); decimal comma except in English.</summary>
    public static string FormatNumber(decimal value, string language)
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = Math.Abs(value) >= 10_000 ? " " : string.Empty;
        format.NumberDecimalSeparator = language == "en" ? "." : ",";
        var normalized = value / 1.000000000000000000000000000000000m;
        var decimals = BitConverter.GetBytes(decimal.GetBits(normalized)[3])[2];
        return normalized.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), format);
    }

    public static TimeLimit Duration(string? text)
    {
        var parts = (text ?? string.Empty).Split(' ');
        return parts.Length == 2 && Enum.TryParse<TimeUnit>(parts[1], out var unit)
            ? new TimeLimit(Number(parts[0]), unit)
            : new TimeLimit(0, TimeUnit.WorkingDays);
    }

    private static decimal Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : 0m;

    private static DateOnly Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;

    private static string Label(string value, IReadOnlyList<OfferedChoice> choices, string language) =>
        choices.FirstOrDefault(c => c.Value == value)?.Label.For(language) ?? value;
}
