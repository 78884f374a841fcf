using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Storage;
using Takomil.Protocol.Tests.Connector.Fakes;

namespace Takomil.Protocol.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotConnector_ConnectorSection_BindsOptions()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Connector:MaxRetries"] = "5",
            ["Connector:BaseDelay"] = "00:00:00.250",
            ["Connector:AppRequestsPerSecond"] = "12",
            ["Connector:TrustedServiceUrls:0"] = "https://smba.trafficmanager.net/",
        });

        var options = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.BaseDelay);
        Assert.Equal(12, options.AppRequestsPerSecond);
        Assert.Equal(["https://smba.trafficmanager.net/"], options.TrustedServiceUrls);
    }

    [Fact]
    public void AddBotConnector_ResolvesTypedClientAndOneSharedLimiter()
    {
        using var provider = Build([]);
        using var scope = provider.CreateScope();

        var client = scope.ServiceProvider.GetRequiredService<IConnectorClient>();

        Assert.IsType<ConnectorClient>(client);
        Assert.Same(provider.GetRequiredService<ConversationRateLimiter>(), scope.ServiceProvider.GetRequiredService<ConversationRateLimiter>());
    }

    [Theory]
    [InlineData("Connector:MaxRetries", "-1", "MaxRetries")]
    [InlineData("Connector:BaseDelay", "00:00:00", "BaseDelay")]
    [InlineData("Connector:AppRequestsPerSecond", "-3", "AppRequestsPerSecond")]
    [InlineData("Connector:TrustedServiceUrls:0", "http://smba.trafficmanager.net/", "https")]
    [InlineData("Connector:TrustedServiceUrls:0", "smba.trafficmanager.net", "absolute")]
    public void AddBotConnector_InvalidSetting_FailsStartupValidation(string key, string value, string expectedInMessage)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expectedInMessage, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotConnector_Defaults_PassStartupValidation()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.ClearProviders());
        services.AddSingleton<IBotTokenProvider>(new FakeBotTokenProvider(null));
        services.AddScoped<IConversationReferenceStore, RecordingConversationReferenceStore>();
        services.AddBotConnector(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
