using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Takomil.Protocol.Auth;

namespace Takomil.Protocol.Tests.Auth;

public sealed class ChannelJwksParserTests
{
    [Fact]
    public void Parse_KeyWithEndorsements_ReadsKidRsaKeyAndEndorsements()
    {
        var json = TestSigningKey.Jwks(TestSigningKey.Primary.ToJwk("msteams", "skype"));

        var keys = ChannelJwksParser.Parse(json);

        var key = Assert.Single(keys).Value;
        Assert.Equal(TestSigningKey.Primary.KeyId, key.KeyId);
        Assert.Equal(["msteams", "skype"], key.Endorsements);
        var rsa = Assert.IsType<RsaSecurityKey>(key.Key);
        Assert.Equal(TestSigningKey.Primary.PublicModulus, rsa.Parameters.Modulus);
        Assert.Null(rsa.Parameters.D); // public half only
    }

    [Fact]
    public void Parse_UnusableEntries_SkipsThemAndKeepsTheRest()
    {
        var noKid = TestSigningKey.Attacker.ToJwk("msteams");
        noKid.Remove("kid");
        var encryptionKey = TestSigningKey.Rotated.WithKeyId("enc").ToJwk("msteams");
        encryptionKey["use"] = "enc";
        var ecKey = new JsonObject { ["kty"] = "EC", ["kid"] = "ec", ["crv"] = "P-256", ["x"] = "AA", ["y"] = "AA" };
        var badModulus = TestSigningKey.Rotated.WithKeyId("bad").ToJwk("msteams");
        badModulus["n"] = "!!not base64url!!";
        var json = TestSigningKey.Jwks(noKid, encryptionKey, ecKey, badModulus, TestSigningKey.Primary.ToJwk("msteams"));

        var keys = ChannelJwksParser.Parse(json);

        Assert.Equal([TestSigningKey.Primary.KeyId], keys.Keys);
    }

    [Fact]
    public void Parse_MissingOrOddEndorsements_ReadsOnlyStrings()
    {
        var none = TestSigningKey.Primary.ToJwk();
        none.Remove("endorsements");
        var mixed = TestSigningKey.Rotated.ToJwk();
        mixed["endorsements"] = new JsonArray("msteams", 42, null);

        var keys = ChannelJwksParser.Parse(TestSigningKey.Jwks(none, mixed));

        Assert.Empty(keys[TestSigningKey.Primary.KeyId].Endorsements);
        Assert.Equal(["msteams"], keys[TestSigningKey.Rotated.KeyId].Endorsements);
    }

    [Fact]
    public void Parse_DuplicateKid_FirstEntryWins()
    {
        var first = TestSigningKey.Primary.ToJwk("msteams");
        var second = TestSigningKey.Attacker.WithKeyId(TestSigningKey.Primary.KeyId).ToJwk("msteams", "emulator");

        var keys = ChannelJwksParser.Parse(TestSigningKey.Jwks(first, second));

        Assert.Equal(["msteams"], keys[TestSigningKey.Primary.KeyId].Endorsements);
        Assert.Equal(TestSigningKey.Primary.PublicModulus, ((RsaSecurityKey)keys[TestSigningKey.Primary.KeyId].Key).Parameters.Modulus);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("[]")]
    public void Parse_NoKeysArray_Throws(string json)
    {
        Assert.Throws<JsonException>(() => ChannelJwksParser.Parse(json));
    }
}
