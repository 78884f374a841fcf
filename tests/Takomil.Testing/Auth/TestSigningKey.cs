using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Takomil.Testing.Auth;

/// <summary>An RSA key pair made by the test: the private half signs tokens, the public half goes into a JWKS.</summary>
public sealed class TestSigningKey
{
    private readonly RSAParameters _private;

    private TestSigningKey(string keyId, RSAParameters privateParameters)
    {
        KeyId = keyId;
        _private = privateParameters;
    }

    public string KeyId { get; }

    /// <summary>Key generation is slow-ish, so the few keys the tests need are made once and shared (read-only).</summary>
    public static TestSigningKey Primary { get; } = Create("primary-key");

    public static TestSigningKey Rotated { get; } = Create("rotated-key");

    public static TestSigningKey Attacker { get; } = Create("attacker-key");

    public static TestSigningKey Create(string keyId)
    {
        using var rsa = RSA.Create(2048);
        return new TestSigningKey(keyId, rsa.ExportParameters(includePrivateParameters: true));
    }

    /// <summary>The same private key under another <c>kid</c> (to claim someone else's key id).</summary>
    public TestSigningKey WithKeyId(string keyId) => new(keyId, _private);

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_private) { KeyId = KeyId }, algorithm);

    public byte[] PublicModulus => _private.Modulus!;

    public JsonObject ToJwk(params string[] endorsements) => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["kid"] = KeyId,
        ["n"] = Base64UrlEncoder.Encode(_private.Modulus!),
        ["e"] = Base64UrlEncoder.Encode(_private.Exponent!),
        ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
    };

    public static string Jwks(params JsonObject[] keys) =>
        new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode)k).ToArray()) }.ToJsonString();
}
