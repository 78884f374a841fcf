using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Auth;

/// <summary>
/// Validates the bearer token the Bot Framework channel sends with every activity (brief §1): Bearer scheme,
/// RS256/384/512 signature by a key from the channel's JWKS, <c>iss</c>, <c>aud</c> = app id, <c>nbf</c>/<c>exp</c>
/// with 5 minutes of skew, the signing key endorsing the activity's <c>channelId</c> (else 403), and the
/// <c>serviceurl</c> claim matching the activity's <c>serviceUrl</c>.
/// </summary>
/// <remarks>
/// <para>Emulator (Entra-issued) tokens are not accepted: local mode — no app id, loopback only — is the way to
/// develop locally, so production never trusts a second issuer family. In local mode this validator fails
/// closed; the pipeline is expected not to call it there.</para>
/// <para><c>serviceUrl</c> is compared ignoring case (as the SDK does) and ignoring trailing slashes: the channel
/// is not consistent about the final '/', and it does not change which host the bot talks to.</para>
/// <para><c>nbf</c>/<c>exp</c> are checked here against the injected <see cref="TimeProvider"/> rather than by
/// the token handler, which would read the wall clock.</para>
/// </remarks>
public sealed class ChannelTokenValidator : IChannelTokenValidator
{
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ChannelSigningKeyCache _keys;
    private readonly BotAuthOptions _options;
    private readonly TimeProvider _time;

    public ChannelTokenValidator(ChannelSigningKeyCache keys, IOptions<BotAuthOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _keys = keys;
        _options = options.Value;
        _time = time;
    }

    public async Task<AuthenticationOutcome> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_options.IsLocalMode)
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.LocalMode);
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.MissingHeader);
        }

        if (!TryReadBearerToken(authorizationHeader, out var rawToken))
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.NotBearer);
        }

        if (TryRead(rawToken) is not { } token)
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.Malformed);
        }

        // Checked before any key lookup so 'none' or HMAC tokens never reach the key server or the crypto code.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.DisallowedAlgorithm);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.MissingKeyId);
        }

        var signingKey = await _keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        if (signingKey is null)
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.UnknownKey);
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(signingKey.Key)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Unauthenticated(Describe(result.Exception));
        }

        if (CheckLifetime(token) is { } lifetimeFailure)
        {
            return AuthenticationOutcome.Unauthenticated(lifetimeFailure);
        }

        if (!signingKey.Endorses(activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden(ChannelTokenRejections.ChannelNotEndorsed);
        }

        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl) || string.IsNullOrEmpty(claimedServiceUrl))
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.MissingServiceUrl);
        }

        if (!ServiceUrlsMatch(claimedServiceUrl, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Unauthenticated(ChannelTokenRejections.ServiceUrlMismatch);
        }

        return AuthenticationOutcome.Success(_options.MicrosoftAppId);
    }

    internal static bool ServiceUrlsMatch(string claimed, string? activityServiceUrl) =>
        !string.IsNullOrEmpty(activityServiceUrl)
        && string.Equals(claimed.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool TryReadBearerToken(string header, out string token)
    {
        // The scheme is case-insensitive (RFC 7235); "Bearer" with nothing after it is a Bearer header with an
        // empty, hence malformed, token.
        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? trimmed : trimmed[..space];
        token = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase);
    }

    private JsonWebToken? TryRead(string rawToken)
    {
        if (rawToken.Length == 0 || rawToken.Contains(' ', StringComparison.Ordinal) || !_handler.CanReadToken(rawToken))
        {
            return null;
        }

        try
        {
            var token = _handler.ReadJsonWebToken(rawToken);
            // Encrypted (JWE) tokens are not something the channel sends.
            return token.IsEncrypted ? null : token;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (SecurityTokenException)
        {
            return null;
        }
    }

    private TokenValidationParameters CreateParameters(SecurityKey key) => new()
    {
        ValidIssuer = _options.ToBotFromChannelTokenIssuer,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        ValidateIssuer = true,
        ValidateAudience = true,
        // Lifetime is checked by CheckLifetime against the injected clock; the handler would read the wall clock.
        ValidateLifetime = false,
        RequireSignedTokens = true,
    };

    private string? CheckLifetime(JsonWebToken token)
    {
        // ValidTo/ValidFrom are UTC and DateTime.MinValue when the claim is absent.
        if (token.ValidTo == DateTime.MinValue)
        {
            return ChannelTokenRejections.NoExpiration;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        if (now > token.ValidTo + AllowedClockSkew)
        {
            return ChannelTokenRejections.Expired;
        }

        if (token.ValidFrom != DateTime.MinValue && now < token.ValidFrom - AllowedClockSkew)
        {
            return ChannelTokenRejections.NotYetValid;
        }

        return null;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => ChannelTokenRejections.WrongIssuer,
        SecurityTokenInvalidAudienceException => ChannelTokenRejections.WrongAudience,
        SecurityTokenInvalidAlgorithmException => ChannelTokenRejections.DisallowedAlgorithm,
        SecurityTokenInvalidSignatureException => ChannelTokenRejections.BadSignature,
        _ => ChannelTokenRejections.Invalid,
    };
}
