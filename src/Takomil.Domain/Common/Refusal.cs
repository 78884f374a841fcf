namespace Takomil.Domain.Common;

/// <summary>
/// A business refusal: a stable, machine-readable <see cref="Code"/> (a resource key the bot localises)
/// plus named arguments for the message, and optional details (e.g. each missing fact).
/// </summary>
public sealed record Refusal
{
    public Refusal(string code, IReadOnlyDictionary<string, string>? args = null, IReadOnlyList<Refusal>? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Args = args ?? EmptyArgs;
        Details = details ?? [];
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyArgs = new Dictionary<string, string>();

    public string Code { get; }

    public IReadOnlyDictionary<string, string> Args { get; }

    public IReadOnlyList<Refusal> Details { get; }

    public static Refusal Of(string code, params (string Name, object? Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in args)
        {
            map[name] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }
        return new Refusal(code, map);
    }

    public Refusal WithDetails(IReadOnlyList<Refusal> details) => new(Code, Args, details);

    public override string ToString() =>
        Args.Count == 0 ? Code : $"{Code}({string.Join(", ", Args.Select(a => $"{a.Key}={a.Value}"))})";
}
