namespace Takomil.Interviews;

/// <summary>Equality and order across the kinds of <see cref="ExprValue"/>, the way script authors expect.</summary>
internal static class Comparison
{
    public static bool AreEqual(ExprValue left, ExprValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            // An unanswered question equals '' (XLSForm habit: ${x} = '').
            return Blank(left) && Blank(right);
        }
        if (left.Kind == ValueKind.Bool || right.Kind == ValueKind.Bool)
        {
            return AsBool(left) is { } a && AsBool(right) is { } b && a == b;
        }
        if (left.Kind == ValueKind.Date || right.Kind == ValueKind.Date)
        {
            return left.AsDate() is { } a && right.AsDate() is { } b && a == b;
        }
        if (left.Kind == ValueKind.Number || right.Kind == ValueKind.Number)
        {
            return left.AsNumber() is { } a && right.AsNumber() is { } b && a == b;
        }
        return string.Equals(left.AsText(), right.AsText(), StringComparison.Ordinal);
    }

    public static int? Order(ExprValue left, ExprValue right)
    {
        if (left.IsNull || right.IsNull) return null;
        if (left.Kind == ValueKind.Date || right.Kind == ValueKind.Date)
        {
            return left.AsDate() is { } a && right.AsDate() is { } b ? a.CompareTo(b) : null;
        }
        if (left.AsNumber() is { } x && right.AsNumber() is { } y) return x.CompareTo(y);
        if (left.Kind == ValueKind.Text && right.Kind == ValueKind.Text)
        {
            return string.CompareOrdinal(left.Text, right.Text);
        }
        return null;
    }

    private static bool Blank(ExprValue value) => value.Kind switch
    {
        ValueKind.Null => true,
        ValueKind.Text => value.Text!.Length == 0,
        ValueKind.List => value.List!.Count == 0,
        _ => false,
    };

    private static bool? AsBool(ExprValue value) => value.Kind switch
    {
        ValueKind.Bool => value.Bool,
        ValueKind.Number => value.Number != 0,
        ValueKind.Text => value.Text switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            _ => null,
        },
        _ => null,
    };
}
