namespace Takomil.Protocol.Connector;

/// <summary>
/// <see cref="ConnectorException.ErrorCode"/> values. Teams' own codes arrive in its error bodies;
/// the client-side ones mark refusals made before any request was sent.
/// </summary>
public static class ConnectorErrorCodes
{
    /// <summary>Teams' code for a body over 100 KB; also raised client-side without calling (status 413).</summary>
    public const string MessageSizeTooBig = "MessageSizeTooBig";

    /// <summary>Client-side, status 400: serviceUrl missing, malformed, or plain http to a non-loopback host.</summary>
    public const string InvalidServiceUrl = "InvalidServiceUrl";

    /// <summary>Client-side, status 403: the bot token would go to a serviceUrl no validated activity showed.</summary>
    public const string UntrustedServiceUrl = "UntrustedServiceUrl";

    /// <summary>Client-side: a success status with a body that is not the expected JSON.</summary>
    public const string InvalidResponse = "InvalidResponse";

    /// <summary>Client-side, status 0: no answer (network failure or time-out).</summary>
    public const string NoResponse = "NoResponse";
}
