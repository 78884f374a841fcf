using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Takomil.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> as a typed HttpClient with its options (section <c>Connector</c>,
    /// validated on start), the shared <see cref="ConversationRateLimiter"/> and the delay. The host must also
    /// register <see cref="IBotTokenProvider"/> and <see cref="Storage.IConversationReferenceStore"/>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorDelay, TimeProviderDelay>();
        // One limiter for the whole app: the limits are per bot, not per HttpClient instance.
        services.TryAddSingleton<ConversationRateLimiter>();

        services.AddHttpClient<IConnectorClient, ConnectorClient>(client =>
            {
                // Each attempt has its own time-out (ConnectorOptions.RequestTimeout); retries must not share one.
                client.Timeout = Timeout.InfiniteTimeSpan;
                // Connector answers are small (a member page of 500 is a few hundred KB); refuse runaway bodies.
                client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Takomil-Connector/1.0");
            })
            // A redirect could carry the call somewhere the serviceUrl checks never saw.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        return services;
    }
}
