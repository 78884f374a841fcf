namespace Takomil.Protocol.Auth;

/// <summary>
/// The reasons <see cref="ChannelTokenValidator"/> gives for a rejection. They go to logs only; the caller
/// answers a bare 401/403 so a prober learns nothing about which check failed.
/// </summary>
public static class ChannelTokenRejections
{
    public const string LocalMode = "no MicrosoftAppId is configured (local mode); channel tokens cannot be validated";
    public const string MissingHeader = "the Authorization header is missing";
    public const string NotBearer = "the Authorization header does not use the Bearer scheme";
    public const string Malformed = "the bearer token is not a well-formed JWT";
    public const string DisallowedAlgorithm = "the token's alg is not one of RS256, RS384, RS512";
    public const string MissingKeyId = "the token names no kid";
    public const string UnknownKey = "the token's kid is not among the channel's signing keys";
    public const string BadSignature = "the token's signature does not verify";
    public const string WrongIssuer = "the token's iss is not the channel issuer";
    public const string WrongAudience = "the token's aud is not this bot's app id";
    public const string Expired = "the token has expired (beyond the allowed clock skew)";
    public const string NotYetValid = "the token is not yet valid (beyond the allowed clock skew)";
    public const string NoExpiration = "the token has no exp";
    public const string Invalid = "the token failed validation";
    public const string MissingServiceUrl = "the token has no serviceurl claim";
    public const string ServiceUrlMismatch = "the token's serviceurl claim does not match the activity's serviceUrl";
    public const string ChannelNotEndorsed = "the signing key does not endorse the activity's channelId";
}
