using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Auth;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Tests.Support;

namespace Takomil.Protocol.Tests.Auth;

public sealed class AuthServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddBotAuthentication(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static void ValidateOnStart(IServiceProvider provider) =>
        provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void AddBotAuthentication_RootKeys_BindToOptions()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TokenSpec.AppId,
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://login.example/meta",
            ["ToBotFromChannelTokenIssuer"] = "https://issuer.example",
            ["ToChannelFromBotLoginUrl"] = "https://login.example/",
            ["ToChannelFromBotOAuthScope"] = "https://scope.example/.default",
            ["ChannelSigningKeys:UnknownKeyRefreshInterval"] = "00:10:00",
        });

        ValidateOnStart(provider);
        var options = provider.GetRequiredService<IOptions<BotAuthOptions>>().Value;
        Assert.Equal(TokenSpec.AppId, options.MicrosoftAppId);
        Assert.Equal("pw", options.MicrosoftAppPassword);
        Assert.Equal("contoso.onmicrosoft.com", options.OutboundTenant);
        Assert.Equal("https://login.example/meta", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://issuer.example", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.example/", options.ToChannelFromBotLoginUrl);
        Assert.Equal("https://scope.example/.default", options.ToChannelFromBotOAuthScope);
        Assert.Equal(TimeSpan.FromMinutes(10), provider.GetRequiredService<IOptions<ChannelSigningKeyOptions>>().Value.UnknownKeyRefreshInterval);
    }

    [Fact]
    public void AddBotAuthentication_AppIdWithoutPassword_StartFailsWithClearMessage()
    {
        using var provider = Build(new Dictionary<string, string?> { ["MicrosoftAppId"] = TokenSpec.AppId });

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("MicrosoftAppPassword is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotAuthentication_NonPositiveKeyCacheTiming_StartFails()
    {
        using var provider = Build(new Dictionary<string, string?> { ["ChannelSigningKeys:CacheDuration"] = "00:00:00" });

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("ChannelSigningKeys", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotAuthentication_LocalMode_StartsAndTokenProviderIsSingleton()
    {
        using var provider = Build(new Dictionary<string, string?>());

        ValidateOnStart(provider);

        Assert.True(provider.GetRequiredService<IOptions<BotAuthOptions>>().Value.IsLocalMode);
        Assert.Same(provider.GetRequiredService<IBotTokenProvider>(), provider.GetRequiredService<IBotTokenProvider>());
        Assert.Same(provider.GetRequiredService<IChannelTokenValidator>(), provider.GetRequiredService<IChannelTokenValidator>());
    }

    [Fact]
    public async Task AddBotAuthentication_AgainstLoopbackPeers_ValidatesInboundAndFetchesOutboundTokens()
    {
        await using var keyServer = await LoopbackOpenIdServer.StartAsync();
        keyServer.PublishJwks(TestSigningKey.Jwks(TestSigningKey.Primary.ToJwk("msteams")));
        await using var tokenServer = await LoopbackTokenServer.StartAsync();
        var time = new ManualTimeProvider();
        using var provider = Build(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = TokenSpec.AppId,
                ["MicrosoftAppPassword"] = "pw",
                ["ToBotFromChannelOpenIdMetadataUrl"] = keyServer.MetadataUrl.ToString(),
                ["ToChannelFromBotLoginUrl"] = tokenServer.BaseAddress.ToString(),
            },
            time);
        ValidateOnStart(provider);

        var outcome = await provider.GetRequiredService<IChannelTokenValidator>().ValidateAsync(
            "Bearer " + TestTokens.Mint(TestSigningKey.Primary, time.GetUtcNow()),
            ChannelAuthHarness.TeamsActivity(),
            CancellationToken.None);
        var token = await provider.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal("token-1", token);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(tokenServer.Requests).Path);
    }
}
