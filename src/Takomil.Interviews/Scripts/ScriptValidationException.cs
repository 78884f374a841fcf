namespace Takomil.Interviews;

/// <summary>One problem found while loading a script, at the line of the YAML node that has it.</summary>
public sealed record ScriptError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown by <see cref="ScriptLibrary.Load"/> with every problem of every file, not just the first.</summary>
public sealed class ScriptValidationException : Exception
{
    public ScriptValidationException()
        : this([])
    {
    }

    public ScriptValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ScriptValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public ScriptValidationException(IReadOnlyList<ScriptError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ScriptError> Errors { get; }

    private static string Describe(IReadOnlyList<ScriptError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"Interview scripts are invalid ({errors.Count} problem(s)):{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
    }
}
