using Microsoft.Extensions.Logging;

namespace Takomil.Protocol.Auth;

/// <summary>Source-generated log messages of the auth layer. Never log tokens or secrets here.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fetched {KeyCount} channel signing keys via {MetadataUrl}")]
    public static partial void SigningKeysFetched(this ILogger logger, int keyCount, Uri metadataUrl);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Fetching channel signing keys via {MetadataUrl} failed; cached keys, if any, stay in use")]
    public static partial void SigningKeysFetchFailed(this ILogger logger, Exception exception, Uri metadataUrl);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Acquired an outbound bot token for tenant {Tenant}, valid for {ExpiresInSeconds} s")]
    public static partial void OutboundTokenAcquired(this ILogger logger, string tenant, long expiresInSeconds);
}
