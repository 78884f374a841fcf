using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Tests.Connector;

/// <summary>The bearer token goes only to trusted serviceUrls; refusals send nothing.</summary>
public sealed class ConnectorClientTokenTests
{
    [Fact]
    public async Task SendAsync_TokenAndKnownServiceUrl_SendsBearerHeader()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token");

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Equal("Bearer secret-token", Assert.Single(h.Connector.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task SendAsync_NullToken_SendsNoAuthorizationHeader()
    {
        await using var h = await ConnectorHarness.StartAsync(token: null);

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.False(Assert.Single(h.Connector.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task SendAsync_NullTokenAndUnknownServiceUrl_IsAllowed()
    {
        await using var h = await ConnectorHarness.StartAsync(token: null, trustLoopback: false);

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Single(h.Connector.Requests);
        Assert.Empty(h.References.Asked);
    }

    [Fact]
    public async Task SendAsync_TokenAndUnknownServiceUrl_RefusesWithoutRequest()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token", trustLoopback: false);

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.UntrustedServiceUrl, e.ErrorCode);
        Assert.Equal(403, e.StatusCode);
        Assert.False(e.IsTransient);
        Assert.Contains("TrustedServiceUrls", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Connector.Requests);
        Assert.Contains(h.Connector.ServiceUrl, h.References.Asked);
    }

    [Fact]
    public async Task GetPagedMembersAsync_TokenAndUnknownServiceUrl_RefusesWithoutRequest()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token", trustLoopback: false);

        var e = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.GetPagedMembersAsync(h.Connector.ServiceUrl, "conv-1", null, null, CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.UntrustedServiceUrl, e.ErrorCode);
        Assert.Empty(h.Connector.Requests);
    }

    [Fact]
    public async Task SendAsync_TokenAndConfiguredTrustedPrefix_SendsBearerHeader()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token", trustLoopback: false,
            configure: (o, fake) => o.TrustedServiceUrls.Add(fake.BaseUri.AbsoluteUri));

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Equal("Bearer secret-token", Assert.Single(h.Connector.Requests).Headers["Authorization"]);
        Assert.Empty(h.References.Asked);
    }

    [Fact]
    public async Task SendAsync_TrustedPrefixOnOtherPort_DoesNotTrust()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token", trustLoopback: false,
            configure: (o, _) => o.TrustedServiceUrls.Add("http://127.0.0.1:1/_connector"));

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.UntrustedServiceUrl, e.ErrorCode);
        Assert.Empty(h.Connector.Requests);
    }

    [Fact]
    public async Task SendAsync_KnownServiceUrlStoredWithTrailingSlash_IsTrusted()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token", trustLoopback: false);
        h.References.MarkKnown(h.Connector.ServiceUrl + "/");

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Single(h.Connector.Requests);
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1")]
    [InlineData("https://user:pw@smba.trafficmanager.net/amer/")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task SendAsync_InsecureOrMalformedServiceUrl_RefusesEvenInLocalMode(string serviceUrl)
    {
        await using var h = await ConnectorHarness.StartAsync(token: null);
        var activity = h.Message("conv-1");
        activity.ServiceUrl = serviceUrl;

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(activity, CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.InvalidServiceUrl, e.ErrorCode);
        Assert.False(e.IsTransient);
        Assert.Equal(0, h.Tokens.Calls);
    }

    [Fact]
    public async Task SendAsync_HttpsLookalikeHostOfTrustedPrefix_IsNotTrusted()
    {
        await using var h = await ConnectorHarness.StartAsync(token: "secret-token", trustLoopback: false,
            configure: (o, _) => o.TrustedServiceUrls.Add("https://smba.trafficmanager.net/"));
        var activity = h.Message("conv-1");
        activity.ServiceUrl = "https://smba.trafficmanager.net.evil.example/amer/";

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(activity, CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.UntrustedServiceUrl, e.ErrorCode);
    }
}
