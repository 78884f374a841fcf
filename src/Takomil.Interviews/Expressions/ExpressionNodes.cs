namespace Takomil.Interviews;

/// <summary>What an expression may read while it runs; the engine supplies one per question and repeat instance.</summary>
internal interface IExpressionScope
{
    /// <summary>The current value of "." (the answer being checked by a constraint).</summary>
    ExprValue Self { get; }

    /// <summary>1-based index of the repeat instance being evaluated; 0 at the top level.</summary>
    int Position { get; }

    DateOnly Today { get; }

    ExprValue Lookup(string name);

    /// <summary>Instances of a repeat, or answered instances of a question inside one.</summary>
    int Count(string name);
}

internal abstract record Node
{
    public abstract ExprValue Evaluate(IExpressionScope scope);

    public abstract IEnumerable<Node> Children { get; }
}

internal sealed record LiteralNode(ExprValue Value) : Node
{
    public override ExprValue Evaluate(IExpressionScope scope) => Value;

    public override IEnumerable<Node> Children => [];
}

internal sealed record ReferenceNode(string Name) : Node
{
    public override ExprValue Evaluate(IExpressionScope scope) => scope.Lookup(Name);

    public override IEnumerable<Node> Children => [];
}

internal sealed record SelfNode : Node
{
    public override ExprValue Evaluate(IExpressionScope scope) => scope.Self;

    public override IEnumerable<Node> Children => [];
}

internal sealed record NotNode(Node Operand) : Node
{
    public override ExprValue Evaluate(IExpressionScope scope) => ExprValue.Of(!Operand.Evaluate(scope).Truthy);

    public override IEnumerable<Node> Children => [Operand];
}

internal sealed record NegateNode(Node Operand) : Node
{
    public override ExprValue Evaluate(IExpressionScope scope) =>
        Operand.Evaluate(scope).AsNumber() is { } n ? ExprValue.Of(-n) : ExprValue.Null;

    public override IEnumerable<Node> Children => [Operand];
}

internal sealed record BinaryNode(string Operator, Node Left, Node Right) : Node
{
    public override IEnumerable<Node> Children => [Left, Right];

    public override ExprValue Evaluate(IExpressionScope scope)
    {
        if (Operator == "and") return ExprValue.Of(Left.Evaluate(scope).Truthy && Right.Evaluate(scope).Truthy);
        if (Operator == "or") return ExprValue.Of(Left.Evaluate(scope).Truthy || Right.Evaluate(scope).Truthy);
        var left = Left.Evaluate(scope);
        var right = Right.Evaluate(scope);
        return Operator switch
        {
            "=" => ExprValue.Of(Comparison.AreEqual(left, right)),
            "!=" => ExprValue.Of(!Comparison.AreEqual(left, right)),
            "<" or "<=" or ">" or ">=" => Compare(left, right),
            _ => Arithmetic(left, right),
        };
    }

    private ExprValue Compare(ExprValue left, ExprValue right)
    {
        if (Comparison.Order(left, right) is not { } order) return ExprValue.Of(false);
        return ExprValue.Of(Operator switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        });
    }

    private ExprValue Arithmetic(ExprValue left, ExprValue right)
    {
        // A date plus or minus days stays a date; the difference of two dates is days.
        if (left.AsDate() is { } date && left.Kind == ValueKind.Date)
        {
            if (right.Kind == ValueKind.Date && Operator == "-") return ExprValue.Of(date.DayNumber - right.Date.DayNumber);
            if (right.AsNumber() is { } days && Operator is "+" or "-" && days == decimal.Truncate(days) && Math.Abs(days) < 100_000)
            {
                return ExprValue.Of(date.AddDays((int)(Operator == "+" ? days : -days)));
            }
            return ExprValue.Null;
        }
        if (left.AsNumber() is not { } a || right.AsNumber() is not { } b) return ExprValue.Null;
        try
        {
            return Operator switch
            {
                "+" => ExprValue.Of(a + b),
                "-" => ExprValue.Of(a - b),
                "*" => ExprValue.Of(a * b),
                "/" or "div" => b == 0 ? ExprValue.Null : ExprValue.Of(a / b),
                "mod" => b == 0 ? ExprValue.Null : ExprValue.Of(a % b),
                _ => ExprValue.Null,
            };
        }
        catch (OverflowException)
        {
            return ExprValue.Null;
        }
    }
}

internal sealed record CallNode(string Function, IReadOnlyList<Node> Arguments) : Node
{
    public override IEnumerable<Node> Children => Arguments;

    public override ExprValue Evaluate(IExpressionScope scope) => Functions.Call(this, scope);
}
