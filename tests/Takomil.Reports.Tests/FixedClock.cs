namespace Takomil.Reports.Tests;

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2025, 3, 14, 10, 30, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Default)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
