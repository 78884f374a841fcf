namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
