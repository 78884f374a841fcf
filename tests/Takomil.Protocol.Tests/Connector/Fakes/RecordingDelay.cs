using Takomil.Protocol.Tests.Support;
using System.Collections.Concurrent;
using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Tests.Connector.Fakes;

/// <summary>Records each requested wait and moves the fake clock by it instead of sleeping.</summary>
internal sealed class RecordingDelay(ManualTimeProvider clock) : IConnectorDelay
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public IReadOnlyList<TimeSpan> Requested => [.. _requested];

    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _requested.Enqueue(delay);
        clock.Advance(delay);
        // Let other waiters run, as a real delay would.
        await Task.Yield();
    }
}
