using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Auth;
using Takomil.Protocol.Tests.Support;

namespace Takomil.Protocol.Tests.Auth;

/// <summary>A loopback key server, a manual clock and a validator wired to both, as one disposable unit.</summary>
public sealed class ChannelAuthHarness : IAsyncDisposable
{
    private ChannelAuthHarness(LoopbackOpenIdServer server, ManualTimeProvider time, ChannelSigningKeyCache keys, ChannelTokenValidator validator)
    {
        Server = server;
        Time = time;
        Keys = keys;
        Validator = validator;
    }

    public LoopbackOpenIdServer Server { get; }

    public ManualTimeProvider Time { get; }

    public ChannelSigningKeyCache Keys { get; }

    public ChannelTokenValidator Validator { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Starts with <see cref="TestSigningKey.Primary"/> published, endorsing <c>msteams</c>.</summary>
    public static async Task<ChannelAuthHarness> StartAsync(string? appId = TokenSpec.AppId)
    {
        var server = await LoopbackOpenIdServer.StartAsync();
        server.PublishJwks(TestSigningKey.Jwks(TestSigningKey.Primary.ToJwk("msteams", "webchat")));
        var time = new ManualTimeProvider();
        var options = Options.Create(new BotAuthOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "not-used-here",
            ToBotFromChannelOpenIdMetadataUrl = server.MetadataUrl.ToString(),
        });
        var keys = new ChannelSigningKeyCache(
            new LoopbackHttpClientFactory(),
            options,
            Options.Create(new ChannelSigningKeyOptions()),
            time,
            NullLogger<ChannelSigningKeyCache>.Instance);
        return new ChannelAuthHarness(server, time, keys, new ChannelTokenValidator(keys, options, time));
    }

    public static Activity TeamsActivity(string? serviceUrl = TokenSpec.TeamsServiceUrl, string? channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "hello",
    };

    public static void AssertRejected(AuthenticationOutcome outcome, string reason, AuthenticationFailure failure)
    {
        Assert.False(outcome.Succeeded);
        Assert.Equal(failure, outcome.Failure);
        Assert.Equal(reason, outcome.Reason);
        Assert.Null(outcome.AppId);
    }

    public Task<AuthenticationOutcome> ValidateBearerAsync(string token, Activity? activity = null) =>
        Validator.ValidateAsync("Bearer " + token, activity ?? TeamsActivity(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Keys.Dispose();
        await Server.DisposeAsync();
    }
}
