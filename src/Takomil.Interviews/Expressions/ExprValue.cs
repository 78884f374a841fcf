using System.Globalization;

namespace Takomil.Interviews;

internal enum ValueKind
{
    Null = 0,
    Number = 1,
    Text = 2,
    Bool = 3,
    Date = 4,
    List = 5,
}

/// <summary>A value inside the expression language. Conversions never throw: what cannot convert is null.</summary>
internal readonly record struct ExprValue(ValueKind Kind, decimal Number = 0m, string? Text = null, bool Bool = false,
    DateOnly Date = default, IReadOnlyList<string>? List = null)
{
    public static ExprValue Null => default;

    public static ExprValue Of(decimal value) => new(ValueKind.Number, Number: value);

    public static ExprValue Of(string? value) => value is null ? Null : new(ValueKind.Text, Text: value);

    public static ExprValue Of(bool value) => new(ValueKind.Bool, Bool: value);

    public static ExprValue Of(DateOnly value) => new(ValueKind.Date, Date: value);

    public static ExprValue Of(IReadOnlyList<string> value) => new(ValueKind.List, List: value);

    public bool IsNull => Kind == ValueKind.Null;

    public bool Truthy => Kind switch
    {
        ValueKind.Number => Number != 0,
        ValueKind.Text => Text!.Length > 0,
        ValueKind.Bool => Bool,
        ValueKind.Date => true,
        ValueKind.List => List!.Count > 0,
        _ => false,
    };

    public decimal? AsNumber() => Kind switch
    {
        ValueKind.Number => Number,
        ValueKind.Bool => Bool ? 1 : 0,
        ValueKind.Text when decimal.TryParse(Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    public DateOnly? AsDate() => Kind switch
    {
        ValueKind.Date => Date,
        ValueKind.Text when DateOnly.TryParseExact(Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    public string AsText() => Kind switch
    {
        ValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        ValueKind.Text => Text!,
        ValueKind.Bool => Bool ? "yes" : "no",
        ValueKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValueKind.List => string.Join(' ', List!),
        _ => string.Empty,
    };
}
