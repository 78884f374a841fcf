using System.Net;
using System.Net.Http.Headers;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol.Activities;
using Takomil.Testing.Auth;
using Takomil.Testing.Loopback;

namespace Takomil.Bot.Tests.Pipeline;

/// <summary>
/// With an app id the host checks every token end to end: keys from a loopback OpenID endpoint,
/// 401/403 with no body, and a valid token handled like any turn.
/// </summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime, IDisposable
{
    private LoopbackOpenIdServer _keys = null!;
    private TakomilFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _keys = await LoopbackOpenIdServer.StartAsync();
        _keys.PublishJwks(TestSigningKey.Jwks(TestSigningKey.Primary.ToJwk("msteams")));
        _factory = new TakomilFactory();
        _factory.Settings["MicrosoftAppId"] = TokenSpec.AppId;
        _factory.Settings["MicrosoftAppPassword"] = "test-secret-not-used";
        _factory.Settings["MicrosoftAppType"] = "MultiTenant";
        _factory.Settings["ToBotFromChannelOpenIdMetadataUrl"] = _keys.MetadataUrl.ToString();
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _keys.DisposeAsync();
    }

    public void Dispose()
    {
        _client?.Dispose();
        _factory?.Dispose();
    }

    private static Activity TeamsMessage(string channelId = "msteams")
    {
        var activity = ActivityFactory.Message("help", conversationId: "c-auth-" + Guid.NewGuid().ToString("N"));
        activity.ServiceUrl = TokenSpec.TeamsServiceUrl;
        activity.ChannelId = channelId;
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? token, string scheme = "Bearer")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityFactory.ToContent(activity) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task Post_ValidChannelToken_IsHandled()
    {
        using var response = await PostAsync(TeamsMessage(), TestTokens.Mint(TestSigningKey.Primary, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_factory.Connector.Sent);
    }

    [Fact]
    public async Task Post_NoTokenEvenFromLoopback_Returns401WithNoDetail()
    {
        // The test host presents every caller as loopback: with an app id that earns no trust.
        using var response = await PostAsync(TeamsMessage(), token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(_factory.Connector.Sent);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401()
    {
        var token = TestTokens.Mint(TestSigningKey.Primary, DateTimeOffset.UtcNow, new TokenSpec { Audience = "someone-else" });
        using var response = await PostAsync(TeamsMessage(), token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedByUnknownKey_Returns401()
    {
        using var response = await PostAsync(TeamsMessage(), TestTokens.Mint(TestSigningKey.Attacker, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChannelNotEndorsed_Returns403()
    {
        using var response = await PostAsync(TeamsMessage(channelId: "webchat"), TestTokens.Mint(TestSigningKey.Primary, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_factory.Connector.Sent);
    }

    [Fact]
    public async Task Post_ServiceUrlNotTheTokens_Returns401()
    {
        var activity = TeamsMessage();
        activity.ServiceUrl = "https://attacker.example/";
        using var response = await PostAsync(activity, TestTokens.Mint(TestSigningKey.Primary, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
