namespace Takomil.Protocol.Tests.Support;

/// <summary>A clock that moves only when a test says so. Starts far from the wall clock, so any code that
/// reads the real time instead of the injected one fails its test instead of passing by accident.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero))
    {
    }

    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
