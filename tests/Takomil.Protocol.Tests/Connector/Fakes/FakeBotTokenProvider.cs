using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Tests.Connector.Fakes;

/// <summary>Hands out a fixed token, or null to play local mode.</summary>
internal sealed class FakeBotTokenProvider(string? token) : IBotTokenProvider
{
    private int _calls;

    public int Calls => _calls;

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(token);
    }
}
