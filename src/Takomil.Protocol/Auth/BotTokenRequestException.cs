namespace Takomil.Protocol.Auth;

/// <summary>
/// The outbound (client credentials) token could not be obtained. The message names the endpoint and the
/// identity provider's error code (e.g. AADSTS700016 for a wrong tenant) but never the client secret.
/// </summary>
public sealed class BotTokenRequestException : Exception
{
    public BotTokenRequestException()
    {
    }

    public BotTokenRequestException(string message)
        : base(message)
    {
    }

    public BotTokenRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public BotTokenRequestException(string message, int? statusCode, string? errorCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status of the token endpoint's answer, or null if none came.</summary>
    public int? StatusCode { get; }

    /// <summary>The OAuth <c>error</c> field (e.g. <c>invalid_client</c>), if the endpoint sent one.</summary>
    public string? ErrorCode { get; }
}
