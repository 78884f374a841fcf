using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Takomil.Protocol.Routing;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Hosting;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// The inbound pipeline, routing and outbound sending. Auth and the connector are added by
    /// <c>AddBotAuthentication</c> and <c>AddBotConnector</c>; durable stores replace the in-memory
    /// defaults registered here with TryAdd.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotProtocolOptions>()
            .Bind(configuration.GetSection(BotProtocolOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RouteTable>();
        services.TryAddSingleton<BotApplication>();
        services.TryAddSingleton<InboundGate>();
        services.TryAddScoped<IOutboundSender, OutboundSender>();
        services.TryAddScoped<OutboxDrainer>();
        services.TryAddScoped<ProactiveMessenger>();
        services.TryAddSingleton<IInboundActivityLog, InMemoryInboundActivityLog>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        return services;
    }

    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler =>
        services.AddScoped<THandler>().AddSingleton(new HandlerRegistration(typeof(THandler)));

    public static IServiceCollection AddCardAction<THandler>(this IServiceCollection services)
        where THandler : class, ICardActionHandler =>
        services.AddScoped<THandler>().AddSingleton(new HandlerRegistration(typeof(THandler)));
}
