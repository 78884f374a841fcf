namespace Takomil.Protocol.Tests.Support;

/// <summary>A clock that moves only when a test says so. Starts far from the wall clock, so any code that
/// reads the real time instead of the injected one fails its test instead of passing by accident.
/// Timestamps follow the same clock (in <see cref="TimeSpan"/> ticks), for code that measures elapsed time.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _utcTicks;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero))
    {
    }

    public ManualTimeProvider(DateTimeOffset start) => _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref _utcTicks);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}
