using Takomil.Protocol.Auth;

namespace Takomil.Protocol.Tests.Auth;

public sealed class ChannelTokenValidatorClaimsTests : IAsyncLifetime
{
    private ChannelAuthHarness _h = null!;

    public async Task InitializeAsync() => _h = await ChannelAuthHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static void AssertRejected(AuthenticationOutcome outcome, string reason, AuthenticationFailure failure = AuthenticationFailure.Unauthenticated) =>
        ChannelAuthHarness.AssertRejected(outcome, reason, failure);

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")] // an Emulator issuer
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    public async Task ValidateAsync_WrongIssuer_Unauthenticated(string issuer)
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, new TokenSpec { Issuer = issuer });

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.WrongIssuer);
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_Unauthenticated()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, new TokenSpec { Audience = "11111111-2222-3333-4444-555555555555" });

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.WrongAudience);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Unauthenticated()
    {
        var spec = new TokenSpec { NotBeforeOffset = TimeSpan.FromHours(-1), ExpiresOffset = TimeSpan.FromMinutes(-5) - TimeSpan.FromSeconds(1) };
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, spec);

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.Expired);
    }

    [Fact]
    public async Task ValidateAsync_ValidTokenAfterClockPassesExpiry_Unauthenticated()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);
        Assert.True((await _h.ValidateBearerAsync(token)).Succeeded);

        _h.Time.Advance(TimeSpan.FromMinutes(59 + 5) + TimeSpan.FromSeconds(1));

        AssertRejected(await _h.ValidateBearerAsync(token), ChannelTokenRejections.Expired);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_Unauthenticated()
    {
        var spec = new TokenSpec { NotBeforeOffset = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1), ExpiresOffset = TimeSpan.FromHours(1) };
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, spec);

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.NotYetValid);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Succeeds()
    {
        var spec = new TokenSpec { NotBeforeOffset = TimeSpan.FromHours(-1), ExpiresOffset = TimeSpan.FromMinutes(-4) };
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, spec);

        var outcome = await _h.ValidateBearerAsync(token);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task ValidateAsync_NotBeforeWithinSkew_Succeeds()
    {
        var spec = new TokenSpec { NotBeforeOffset = TimeSpan.FromMinutes(4), ExpiresOffset = TimeSpan.FromHours(1) };
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, spec);

        var outcome = await _h.ValidateBearerAsync(token);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task ValidateAsync_NoExpiration_Unauthenticated()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, new TokenSpec { ExpiresOffset = null });

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.NoExpiration);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://evil.example/amer/")]
    [InlineData(null)]
    public async Task ValidateAsync_ServiceUrlMismatch_Unauthenticated(string? activityServiceUrl)
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);

        var outcome = await _h.ValidateBearerAsync(token, ChannelAuthHarness.TeamsActivity(serviceUrl: activityServiceUrl));

        AssertRejected(outcome, ChannelTokenRejections.ServiceUrlMismatch);
    }

    [Fact]
    public async Task ValidateAsync_NoServiceUrlClaim_Unauthenticated()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now, new TokenSpec { ServiceUrl = null });

        var outcome = await _h.ValidateBearerAsync(token);

        AssertRejected(outcome, ChannelTokenRejections.MissingServiceUrl);
    }

    [Theory]
    [InlineData("https://SMBA.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task ValidateAsync_ServiceUrlDiffersOnlyInCaseOrTrailingSlash_Succeeds(string activityServiceUrl)
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);

        var outcome = await _h.ValidateBearerAsync(token, ChannelAuthHarness.TeamsActivity(serviceUrl: activityServiceUrl));

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("MSTEAMS")]
    [InlineData(null)]
    public async Task ValidateAsync_ChannelNotEndorsedBySigningKey_Forbidden(string? channelId)
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, _h.Now);

        var outcome = await _h.ValidateBearerAsync(token, ChannelAuthHarness.TeamsActivity(channelId: channelId));

        AssertRejected(outcome, ChannelTokenRejections.ChannelNotEndorsed, AuthenticationFailure.Forbidden);
    }

    [Fact]
    public async Task ValidateAsync_KeyWithoutEndorsements_Forbidden()
    {
        var jwk = TestSigningKey.Primary.ToJwk();
        jwk.Remove("endorsements");
        _h.Server.PublishJwks(TestSigningKey.Jwks(jwk));

        var outcome = await _h.ValidateBearerAsync(TestTokens.Mint(TestSigningKey.Primary, _h.Now));

        AssertRejected(outcome, ChannelTokenRejections.ChannelNotEndorsed, AuthenticationFailure.Forbidden);
    }
}
