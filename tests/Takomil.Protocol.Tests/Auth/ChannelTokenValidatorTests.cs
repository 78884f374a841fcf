using Microsoft.IdentityModel.Tokens;
using Takomil.Protocol.Auth;

namespace Takomil.Protocol.Tests.Auth;

public sealed class ChannelTokenValidatorTests : IAsyncLifetime
{
    private ChannelAuthHarness _h = null!;

    public async Task InitializeAsync() => _h = await ChannelAuthHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static void AssertRejected(AuthenticationOutcome outcome, string reason, AuthenticationFailure failure = AuthenticationFailure.Unauthenticated) =>
        ChannelAuthHarness.AssertRejected(outcome, reason, failure);

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ValidateAsync_ValidChannelToken_Succeeds(string algorithm)
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, algorithm: algorithm);

        var outcome = await _h.ValidateBearerAsync(token);

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal(TokenSpec.AppId, outcome.AppId);
        Assert.Null(outcome.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ValidateAsync_NoHeader_Unauthenticated(string? header)
    {
        var outcome = await _h.Validator.ValidateAsync(header, ChannelAuthHarness.TeamsActivity(), CancellationToken.None);

        AssertRejected(outcome, ChannelTokenRejections.MissingHeader);
        Assert.Equal(0, _h.Server.MetadataRequests);
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Token")]
    [InlineData("Bearer2")]
    public async Task ValidateAsync_WrongScheme_Unauthenticated(string scheme)
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);

        var outcome = await _h.Validator.ValidateAsync($"{scheme} {token}", ChannelAuthHarness.TeamsActivity(), CancellationToken.None);

        AssertRejected(outcome, ChannelTokenRejections.NotBearer);
    }

    [Fact]
    public async Task ValidateAsync_TokenWithoutScheme_Unauthenticated()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);

        var outcome = await _h.Validator.ValidateAsync(token, ChannelAuthHarness.TeamsActivity(), CancellationToken.None);

        AssertRejected(outcome, ChannelTokenRejections.NotBearer);
    }

    [Fact]
    public async Task ValidateAsync_LowercaseBearerScheme_Succeeds()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);

        var outcome = await _h.Validator.ValidateAsync("bearer " + token, ChannelAuthHarness.TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task ValidateAsync_MalformedToken_Unauthenticated(string token)
    {
        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.Malformed);
    }

    [Fact]
    public async Task ValidateAsync_SignedByOtherKeyUnderPublishedKid_Unauthenticated()
    {
        var forger = TestSigningKey.Attacker.WithKeyId(TestSigningKey.Primary.KeyId);
        var token = TestTokens.Mint(forger, _h.Now);

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.BadSignature);
    }

    [Fact]
    public async Task ValidateAsync_TamperedSignature_Unauthenticated()
    {
        var token = TestTokens.TamperSignature(TestTokens.Mint(TestSigningKey.Primary, _h.Now));

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.BadSignature);
    }

    [Fact]
    public async Task ValidateAsync_KidNotInJwksEvenAfterRefetch_Unauthenticated()
    {
        Assert.True((await _h.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Primary, _h.Now))).Succeeded);
        Assert.Equal(1, _h.Server.KeysRequests);

        var outcome = await _h.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Attacker, _h.Now));

        AssertRejected(outcome, ChannelTokenRejections.UnknownKey);
        Assert.Equal(2, _h.Server.KeysRequests); // the unknown kid caused exactly one refetch
    }

    [Fact]
    public async Task ValidateAsync_TokenWithoutKid_UnauthenticatedWithoutFetchingKeys()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary.WithKeyId(string.Empty), _h.Now);

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.MissingKeyId);
        Assert.Equal(0, _h.Server.MetadataRequests);
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_UnauthenticatedWithoutFetchingKeys()
    {
        var outcome = await _h.ValidateBearerAsync(TestTokens.MintUnsigned(TestSigningKey.Primary.KeyId, _h.Now));

        AssertRejected(outcome, ChannelTokenRejections.DisallowedAlgorithm);
        Assert.Equal(0, _h.Server.MetadataRequests);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithPublicKeyBytes_Unauthenticated()
    {
        var outcome = await _h.ValidateBearerAsync(TestTokens.MintHmacWithPublicKey(TestSigningKey.Primary, _h.Now));

        AssertRejected(outcome, ChannelTokenRejections.DisallowedAlgorithm);
    }

    [Fact]
    public async Task ValidateAsync_RsaPssAlgorithm_Unauthenticated()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, algorithm: SecurityAlgorithms.RsaSsaPssSha256);

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.DisallowedAlgorithm);
    }

    [Fact]
    public async Task ValidateAsync_KeyAppearsOnlyAfterRotation_RefetchesAndSucceeds()
    {
        Assert.True((await _h.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Primary, _h.Now))).Succeeded);
        _h.Server.PublishJwks(TestSigningKey.Jwks(TestSigningKey.Rotated.ToJwk("msteams")));
        _h.Time.Advance(TimeSpan.FromSeconds(10));

        var outcome = await _h.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Rotated, _h.Now));

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal(2, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task ValidateAsync_ManyValidTokens_FetchesKeysOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await _h.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Primary, _h.Now))).Succeeded);
        }

        Assert.Equal(1, _h.Server.MetadataRequests);
        Assert.Equal(1, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task ValidateAsync_LocalMode_FailsClosed()
    {
        await using var local = await ChannelAuthHarness.StartAsync(appId: null);

        var outcome = await local.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Primary, local.Now));

        AssertRejected(outcome, ChannelTokenRejections.LocalMode);
    }
}
