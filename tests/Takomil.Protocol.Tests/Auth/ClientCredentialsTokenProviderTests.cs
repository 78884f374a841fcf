using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Auth;
using Takomil.Protocol.Tests.Support;

namespace Takomil.Protocol.Tests.Auth;

public sealed class ClientCredentialsTokenProviderTests : IAsyncLifetime
{
    private const string Secret = "s3cr3t~value.with-chars";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly ManualTimeProvider _time = new();
    private LoopbackTokenServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackTokenServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ClientCredentialsTokenProvider CreateProvider(string? appType = "MultiTenant", string? appId = TokenSpec.AppId, string? tenantId = null) =>
        new(
            new LoopbackHttpClientFactory(),
            Options.Create(new BotAuthOptions
            {
                MicrosoftAppId = appId,
                MicrosoftAppPassword = Secret,
                MicrosoftAppType = appType,
                MicrosoftAppTenantId = tenantId,
                ToChannelFromBotLoginUrl = _server.BaseAddress.ToString(),
            }),
            _time,
            NullLogger<ClientCredentialsTokenProvider>.Instance);

    [Fact]
    public async Task GetTokenAsync_MultiTenant_PostsClientCredentialsFormToBotFrameworkTenant()
    {
        using var provider = CreateProvider();

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = TokenSpec.AppId,
                ["client_secret"] = Secret,
                ["scope"] = "https://api.botframework.com/.default",
            },
            request.Form);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_UsesTenantIdInPath()
    {
        using var provider = CreateProvider(appType: "SingleTenant", tenantId: TenantId);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal($"/{TenantId}/oauth2/v2.0/token", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenantWithTenantIdSet_StillUsesBotFrameworkTenant()
    {
        using var provider = CreateProvider(appType: "MultiTenant", tenantId: TenantId);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task GetTokenAsync_RepeatedCalls_RequestsOnceAndServesCache()
    {
        using var provider = CreateProvider();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallsBeforeFirstAnswer_SendOneRequest()
    {
        using var provider = CreateProvider();
        var release = _server.HoldResponses();

        var calls = Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None)).ToArray();
        release();
        var tokens = await Task.WhenAll(calls);

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_NearExpiry_Refreshes()
    {
        using var provider = CreateProvider();
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(3600) - ClientCredentialsTokenProvider.RefreshMargin - TimeSpan.FromSeconds(1));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_ShortLivedToken_RefreshesAtHalfLife()
    {
        _server.Respond = n => (200, $$"""{"token_type":"Bearer","expires_in":"120","access_token":"short-{{n}}"}""");
        using var provider = CreateProvider();
        Assert.Equal("short-1", await provider.GetTokenAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("short-1", await provider.GetTokenAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("short-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_LocalMode_ReturnsNullWithoutRequest()
    {
        using var provider = CreateProvider(appId: null);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_EndpointRefuses_ThrowsWithCodeButNoSecret()
    {
        _server.Respond = _ => (401, $$"""
            {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent is the one for app, not '{{Secret}}'.","error_codes":[7000215]}
            """);
        using var provider = CreateProvider();

        var ex = await Assert.ThrowsAsync<BotTokenRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("invalid_client", ex.ErrorCode);
        Assert.Contains("AADSTS7000215", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/botframework.com/oauth2/v2.0/token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_FailureIsNotCached_NextCallTriesAgain()
    {
        _server.Respond = n => n == 1
            ? (400, """{"error":"unauthorized_client","error_description":"AADSTS700016: Application not found in the directory."}""")
            : (200, """{"expires_in":3600,"access_token":"recovered"}""");
        using var provider = CreateProvider();

        await Assert.ThrowsAsync<BotTokenRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal("recovered", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(200, """{"token_type":"Bearer","expires_in":3600}""")]
    [InlineData(200, "not json")]
    [InlineData(502, "<html>bad gateway</html>")]
    public async Task GetTokenAsync_UnusableAnswer_Throws(int status, string body)
    {
        _server.Respond = _ => (status, body);
        using var provider = CreateProvider();

        var ex = await Assert.ThrowsAsync<BotTokenRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(status, ex.StatusCode);
    }

    [Fact]
    public async Task GetTokenAsync_EndpointUnreachable_ThrowsTokenRequestException()
    {
        var deadEndpoint = _server.BaseAddress;
        await _server.DisposeAsync();
        using var provider = CreateProvider();

        var ex = await Assert.ThrowsAsync<BotTokenRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Null(ex.StatusCode);
        Assert.Contains(deadEndpoint.Authority, ex.Message, StringComparison.Ordinal);
        _server = await LoopbackTokenServer.StartAsync(); // so DisposeAsync has a live server to stop
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("https://login.microsoftonline.us", "https://login.microsoftonline.us/botframework.com/oauth2/v2.0/token")]
    public void BuildTokenEndpoint_WithOrWithoutTrailingSlash_JoinsOnce(string loginUrl, string expected)
    {
        var endpoint = ClientCredentialsTokenProvider.BuildTokenEndpoint(new BotAuthOptions { ToChannelFromBotLoginUrl = loginUrl });

        Assert.Equal(expected, endpoint.ToString());
    }
}
