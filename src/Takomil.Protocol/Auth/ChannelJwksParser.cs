using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Takomil.Protocol.Auth;

/// <summary>
/// Reads a JWKS document into <see cref="ChannelSigningKey"/>s. Parsed by hand because the channel's keys carry a
/// non-standard <c>endorsements</c> array that <see cref="JsonWebKey"/> does not surface. Entries that are not
/// usable RSA signing keys are skipped rather than failing the whole set, so one odd key cannot lock the bot out.
/// </summary>
internal static class ChannelJwksParser
{
    public static IReadOnlyDictionary<string, ChannelSigningKey> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS document has no 'keys' array.");
        }

        var result = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        foreach (var element in keys.EnumerateArray())
        {
            if (TryReadKey(element) is { } key)
            {
                // First entry wins: a later duplicate kid must not silently replace a key already accepted.
                result.TryAdd(key.KeyId, key);
            }
        }

        return result;
    }

    private static ChannelSigningKey? TryReadKey(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || GetString(element, "kty") != "RSA"
            || GetString(element, "kid") is not { Length: > 0 } kid
            || GetString(element, "n") is not { Length: > 0 } modulus
            || GetString(element, "e") is not { Length: > 0 } exponent)
        {
            return null;
        }

        if (GetString(element, "use") is { } use && use != "sig")
        {
            return null;
        }

        RSAParameters parameters;
        try
        {
            parameters = new RSAParameters
            {
                Modulus = Base64UrlEncoder.DecodeBytes(modulus),
                Exponent = Base64UrlEncoder.DecodeBytes(exponent),
            };
        }
        catch (FormatException)
        {
            return null;
        }

        var securityKey = new RsaSecurityKey(parameters) { KeyId = kid };
        return new ChannelSigningKey(kid, securityKey, ReadEndorsements(element));
    }

    private static string[] ReadEndorsements(JsonElement element)
    {
        if (!element.TryGetProperty("endorsements", out var endorsements)
            || endorsements.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return endorsements.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .ToArray();
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
