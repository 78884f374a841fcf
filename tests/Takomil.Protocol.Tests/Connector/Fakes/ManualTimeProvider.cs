namespace Takomil.Protocol.Tests.Connector.Fakes;

/// <summary>A clock that only moves when told to; timestamps are <see cref="TimeSpan"/> ticks.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private long _utcTicks = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref _utcTicks);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}
