using Takomil.Protocol.Auth;

namespace Takomil.Protocol.Tests.Auth;

public sealed class BotAuthOptionsValidatorTests
{
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static BotAuthOptions Configured() => new()
    {
        MicrosoftAppId = TokenSpec.AppId,
        MicrosoftAppPassword = "secret",
        MicrosoftAppType = "SingleTenant",
        MicrosoftAppTenantId = TenantId,
    };

    private static List<string> Failures(BotAuthOptions options)
    {
        var result = new BotAuthOptionsValidator().Validate(null, options);
        return result.Failed ? result.Failures!.ToList() : [];
    }

    [Fact]
    public void Validate_DefaultsWithSingleTenantIdentity_Succeeds()
    {
        Assert.Empty(Failures(Configured()));
    }

    [Fact]
    public void Validate_LocalModeWithDefaults_Succeeds()
    {
        Assert.Empty(Failures(new BotAuthOptions()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MultiTenant")]
    [InlineData("multitenant")]
    public void Validate_MultiTenantOrUnsetType_Succeeds(string? appType)
    {
        var options = Configured();
        options.MicrosoftAppType = appType;
        options.MicrosoftAppTenantId = null;

        Assert.Empty(Failures(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_AppIdWithoutPassword_FailsNamingThePassword(string? password)
    {
        var options = Configured();
        options.MicrosoftAppPassword = password;

        var failure = Assert.Single(Failures(options));
        Assert.Contains("MicrosoftAppPassword is missing", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PasswordWithoutAppId_Fails()
    {
        var failure = Assert.Single(Failures(new BotAuthOptions { MicrosoftAppPassword = "Xy7~leaked-value" }));

        Assert.Contains("MicrosoftAppId is empty", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Xy7~leaked-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenantId_Fails()
    {
        var options = Configured();
        options.MicrosoftAppTenantId = " ";

        Assert.Contains(Failures(options), f => f.Contains("MicrosoftAppTenantId is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("contoso.onmicrosoft.com/../evil")]
    [InlineData("tenant?x=1")]
    public void Validate_TenantIdThatIsNotAPathSegment_Fails(string tenant)
    {
        var options = Configured();
        options.MicrosoftAppTenantId = tenant;

        Assert.Contains(Failures(options), f => f.Contains("MicrosoftAppTenantId must be", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UserAssignedMSI", "not supported")]
    [InlineData("Whatever", "unknown")]
    public void Validate_UnsupportedAppType_Fails(string appType, string expected)
    {
        var options = Configured();
        options.MicrosoftAppType = appType;

        Assert.Contains(Failures(options), f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    [InlineData("ftp://127.0.0.1/keys")]
    [InlineData("")]
    public void Validate_InsecureOrRelativeMetadataUrl_Fails(string url)
    {
        var options = Configured();
        options.ToBotFromChannelOpenIdMetadataUrl = url;

        var failure = Assert.Single(Failures(options));
        Assert.StartsWith("ToBotFromChannelOpenIdMetadataUrl", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/v1/.well-known/openidconfiguration")]
    [InlineData("http://localhost:5123/v1/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5123/v1/.well-known/openidconfiguration")]
    public void Validate_PlainHttpMetadataUrlOnLoopback_Succeeds(string url)
    {
        var options = Configured();
        options.ToBotFromChannelOpenIdMetadataUrl = url;

        Assert.Empty(Failures(options));
    }

    [Fact]
    public void Validate_InsecureLoginUrl_Fails()
    {
        var options = Configured();
        options.ToChannelFromBotLoginUrl = "http://login.microsoftonline.com/";

        var failure = Assert.Single(Failures(options));
        Assert.StartsWith("ToChannelFromBotLoginUrl", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyIssuerAndScope_FailsForEach()
    {
        var options = Configured();
        options.ToBotFromChannelTokenIssuer = "";
        options.ToChannelFromBotOAuthScope = " ";

        Assert.Equal(2, Failures(options).Count);
    }
}
