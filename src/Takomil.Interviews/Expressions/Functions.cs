using System.Globalization;

namespace Takomil.Interviews;

/// <summary>The functions scripts may call, with their arity; nothing else can be called.</summary>
internal static class Functions
{
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Arity = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["count"] = (1, 1),
        ["selected"] = (2, 2),
        ["string-length"] = (1, 1),
        ["today"] = (0, 0),
        ["if"] = (3, 3),
        ["concat"] = (1, 20),
        ["position"] = (0, 0),
        ["number"] = (1, 1),
        ["not"] = (1, 1),
        ["true"] = (0, 0),
        ["false"] = (0, 0),
    };

    public static ExprValue Call(CallNode call, IExpressionScope scope)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case "count":
                return ExprValue.Of(args[0] is ReferenceNode r ? scope.Count(r.Name) : 0);
            case "selected":
                {
                    var value = args[0].Evaluate(scope);
                    var wanted = args[1].Evaluate(scope).AsText();
                    return ExprValue.Of(value.Kind == ValueKind.List
                        ? value.List!.Contains(wanted, StringComparer.Ordinal)
                        : !value.IsNull && string.Equals(value.AsText(), wanted, StringComparison.Ordinal));
                }
            case "string-length":
                {
                    var value = args[0].Evaluate(scope);
                    return ExprValue.Of(value.IsNull ? 0 : new StringInfo(value.AsText()).LengthInTextElements);
                }
            case "today":
                return ExprValue.Of(scope.Today);
            case "if":
                return args[0].Evaluate(scope).Truthy ? args[1].Evaluate(scope) : args[2].Evaluate(scope);
            case "concat":
                return ExprValue.Of(string.Concat(args.Select(a => a.Evaluate(scope).AsText())));
            case "position":
                return ExprValue.Of(scope.Position);
            case "number":
                return args[0].Evaluate(scope).AsNumber() is { } n ? ExprValue.Of(n) : ExprValue.Null;
            case "not":
                return ExprValue.Of(!args[0].Evaluate(scope).Truthy);
            case "true":
                return ExprValue.Of(true);
            case "false":
                return ExprValue.Of(false);
            default:
                return ExprValue.Null;
        }
    }
}
