using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Tests.Connector.Fakes;
using Takomil.Protocol.Tests.Support;

namespace Takomil.Protocol.Tests.Connector;

/// <summary>A <see cref="ConnectorClient"/> wired to a fresh loopback connector, a fake clock and recorded delays.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    private ConnectorHarness(LoopbackConnector connector, string? token, ConnectorOptions options)
    {
        Connector = connector;
        Tokens = new FakeBotTokenProvider(token);
        Options = options;
        Delay = new RecordingDelay(Clock);
        Limiter = new ConversationRateLimiter(Microsoft.Extensions.Options.Options.Create(options), Clock, Delay);
        Client = new ConnectorClient(_http, Tokens, References, Limiter, Microsoft.Extensions.Options.Options.Create(options),
            Clock, Delay, NullLogger<ConnectorClient>.Instance);
    }

    public LoopbackConnector Connector { get; }
    public ManualTimeProvider Clock { get; } = new();
    public RecordingDelay Delay { get; }
    public FakeBotTokenProvider Tokens { get; }
    public RecordingConversationReferenceStore References { get; } = new();
    public ConnectorOptions Options { get; }
    public ConversationRateLimiter Limiter { get; }
    public ConnectorClient Client { get; }

    /// <param name="token">The bot token; null plays local mode (no Authorization header).</param>
    /// <param name="trustLoopback">Marks the fake's serviceUrl as seen in a validated inbound activity.</param>
    /// <param name="configure">Adjusts the options; gets the started fake to build URLs on its port.</param>
    public static async Task<ConnectorHarness> StartAsync(
        string? token = null, bool trustLoopback = true, Action<ConnectorOptions, LoopbackConnector>? configure = null)
    {
        ConnectorHarness? harness = null;
        var connector = await LoopbackConnector.StartAsync(() => harness?.Clock.GetUtcNow() ?? default);
        var options = new ConnectorOptions();
        configure?.Invoke(options, connector);
        harness = new ConnectorHarness(connector, token, options);
        if (trustLoopback) harness.References.MarkKnown(connector.ServiceUrl);
        return harness;
    }

    /// <summary>A bot message into <paramref name="conversationId"/> on the fake's serviceUrl.</summary>
    public Activity Message(string conversationId, string text = "hello", string? replyToId = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = Connector.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal },
        From = new ChannelAccount { Id = "28:bot-app-id", Name = "Takomil" },
        Recipient = new ChannelAccount { Id = "29:user-1", Name = "User One" },
        Text = text,
        ReplyToId = replyToId,
    };

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Connector.DisposeAsync();
    }
}
