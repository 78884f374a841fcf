namespace Takomil.Testing.Loopback;

/// <summary>
/// A clock that moves only when told to: tests that pace by Teams' limits run in virtual seconds, not wall time.
/// Shared by the bot (its rate limiter and delays) and <see cref="TeamsLimitConnector"/>.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => start + Elapsed;

    public void Advance(TimeSpan by)
    {
        if (by > TimeSpan.Zero) Interlocked.Add(ref _ticks, by.Ticks);
    }
}
