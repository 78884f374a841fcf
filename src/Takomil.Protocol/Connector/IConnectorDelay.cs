namespace Takomil.Protocol.Connector;

/// <summary>Waits before a retry or for a rate-limit slot; tests swap it to record delays instead of sleeping.</summary>
public interface IConnectorDelay
{
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}

/// <summary>The real wait, on the injected <see cref="TimeProvider"/>.</summary>
public sealed class TimeProviderDelay(TimeProvider timeProvider) : IConnectorDelay
{
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
}
