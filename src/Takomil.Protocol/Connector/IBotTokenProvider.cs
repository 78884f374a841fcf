namespace Takomil.Protocol.Connector;

/// <summary>Supplies the outbound bearer token (client credentials), or null in local mode.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
