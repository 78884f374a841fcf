namespace Takomil.Domain.Common;

/// <summary>The result of a business operation that may be refused. Refusals are values, never exceptions.</summary>
public readonly record struct Outcome
{
    private Outcome(Refusal? refusal) => Refusal = refusal;

    public Refusal? Refusal { get; }

    public bool IsSuccess => Refusal is null;

    public static Outcome Success => default;

    public static Outcome Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new Outcome(refusal);
    }

    public static Outcome Refused(string code, params (string Name, object? Value)[] args) => Refused(Refusal.Of(code, args));

    public static implicit operator Outcome(Refusal refusal) => Refused(refusal);

    /// <summary>A successful <see cref="Outcome{T}"/> (the factory lives here: static members on generic types read poorly).</summary>
    public static Outcome<T> Ok<T>(T value) => new(value, null);

    public static Outcome<T> Refused<T>(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new Outcome<T>(default, refusal);
    }

    public override string ToString() => IsSuccess ? "success" : $"refused: {Refusal}";
}

/// <summary>An <see cref="Outcome"/> carrying a value on success.</summary>
public readonly record struct Outcome<T>
{
    internal Outcome(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public bool IsSuccess => Refusal is null;

    public static implicit operator Outcome<T>(Refusal refusal) => Outcome.Refused<T>(refusal);

    /// <summary>The value, or an exception for a caller that ignored a refusal (a programming error, not a business one).</summary>
    public T GetValueOrThrow() =>
        IsSuccess ? Value! : throw new InvalidOperationException($"Outcome was refused: {Refusal}");

    public override string ToString() => IsSuccess ? $"success: {Value}" : $"refused: {Refusal}";
}
