using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Takomil.Testing.Auth;

/// <summary>What a channel token says; each test changes only the field it is about.</summary>
public sealed record TokenSpec
{
    public const string AppId = "00000000-aaaa-bbbb-cccc-000000000001";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    public string Issuer { get; init; } = ChannelIssuer;
    public string Audience { get; init; } = AppId;
    public string? ServiceUrl { get; init; } = TeamsServiceUrl;
    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);
    public TimeSpan? ExpiresOffset { get; init; } = TimeSpan.FromMinutes(59);
}

/// <summary>Mints tokens the way the channel would, and the malformed ones an attacker would try.</summary>
public static class TestTokens
{
    public static string Mint(TestSigningKey key, DateTimeOffset now, TokenSpec? spec = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        ArgumentNullException.ThrowIfNull(key);
        spec ??= new TokenSpec();
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            Claims = claims,
            NotBefore = (now + spec.NotBeforeOffset).UtcDateTime,
            Expires = spec.ExpiresOffset is { } exp ? (now + exp).UtcDateTime : null,
            SigningCredentials = key.Credentials(algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string MintUnsigned(string keyId, DateTimeOffset now) =>
        Encode(Header("none", keyId), Payload(now)) + ".";

    /// <summary>The classic key-confusion forgery: HS256 keyed with the bytes of the public RSA key.</summary>
    public static string MintHmacWithPublicKey(TestSigningKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signingInput = Encode(Header("HS256", key.KeyId), Payload(now));
        var signature = HMACSHA256.HashData(key.PublicModulus, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>Replaces the signature part with another token's signature.</summary>
    public static string TamperSignature(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var lastDot = token.LastIndexOf('.');
        var signature = Base64UrlEncoder.DecodeBytes(token[(lastDot + 1)..]);
        signature[0] ^= 0xFF;
        return token[..(lastDot + 1)] + Base64UrlEncoder.Encode(signature);
    }

    private static JsonObject Header(string algorithm, string keyId) => new()
    {
        ["alg"] = algorithm,
        ["typ"] = "JWT",
        ["kid"] = keyId,
    };

    private static JsonObject Payload(DateTimeOffset now) => new()
    {
        ["iss"] = TokenSpec.ChannelIssuer,
        ["aud"] = TokenSpec.AppId,
        ["serviceurl"] = TokenSpec.TeamsServiceUrl,
        ["nbf"] = (now - TimeSpan.FromMinutes(1)).ToUnixTimeSeconds(),
        ["exp"] = (now + TimeSpan.FromMinutes(59)).ToUnixTimeSeconds(),
    };

    private static string Encode(JsonObject header, JsonObject payload) =>
        Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(payload.ToJsonString());
}
