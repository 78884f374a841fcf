using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Auth;

/// <summary>Validates the bearer token of an inbound request as Bot Framework specifies (brief §1).</summary>
public interface IChannelTokenValidator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null.</param>
    /// <param name="activity">The parsed activity, for <c>serviceUrl</c> and <c>channelId</c> checks.</param>
    Task<AuthenticationOutcome> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

public enum AuthenticationFailure
{
    None = 0,
    /// <summary>401: missing, malformed, badly signed, expired, wrong issuer or audience.</summary>
    Unauthenticated,
    /// <summary>403: a valid token whose key does not endorse the activity's channel.</summary>
    Forbidden,
}

/// <summary>The result of validating an inbound token; the reason is for logs, never for the caller.</summary>
public sealed record AuthenticationOutcome(AuthenticationFailure Failure, string? Reason, string? AppId)
{
    public bool Succeeded => Failure == AuthenticationFailure.None;

    public static AuthenticationOutcome Success(string? appId) => new(AuthenticationFailure.None, null, appId);
    public static AuthenticationOutcome Unauthenticated(string reason) => new(AuthenticationFailure.Unauthenticated, reason, null);
    public static AuthenticationOutcome Forbidden(string reason) => new(AuthenticationFailure.Forbidden, reason, null);
}
