namespace Takomil.Storage.Inspections;

/// <summary>
/// Someone else saved the same aggregate since it was loaded. Nothing was written; reload and try again
/// (the bot tells the user the item changed meanwhile).
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyConflictException(IReadOnlyList<string> aggregates, Exception innerException)
        : base($"Changed by someone else since it was loaded: {string.Join(", ", aggregates)}.", innerException)
    {
        Aggregates = aggregates;
    }

    /// <summary>The conflicting aggregates, as "Type:id".</summary>
    public IReadOnlyList<string> Aggregates { get; } = [];
}

/// <summary>A save broke a uniqueness rule (e.g. a second inspection of one service in one year). Nothing was written.</summary>
public sealed class DuplicateEntityException : Exception
{
    public DuplicateEntityException()
    {
    }

    public DuplicateEntityException(string message)
        : base(message)
    {
    }

    public DuplicateEntityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
