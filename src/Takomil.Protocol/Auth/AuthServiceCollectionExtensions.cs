using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> used for OpenID metadata, JWKS and token requests.</summary>
    public const string HttpClientName = "Takomil.BotAuth";

    /// <summary>
    /// Binds <see cref="BotAuthOptions"/> from the configuration root (the SDK's key names), validates them on
    /// start, and registers <see cref="IChannelTokenValidator"/> and <see cref="IBotTokenProvider"/> as singletons
    /// (both hold caches). Key-cache timings come from the <c>ChannelSigningKeys</c> section.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>());

        services.AddOptions<ChannelSigningKeyOptions>()
            .Bind(configuration.GetSection(ChannelSigningKeyOptions.SectionName))
            .Validate(
                o => o.CacheDuration > TimeSpan.Zero && o.UnknownKeyRefreshInterval > TimeSpan.Zero && o.FailedFetchRetryInterval > TimeSpan.Zero,
                "ChannelSigningKeys: CacheDuration, UnknownKeyRefreshInterval and FailedFetchRetryInterval must be positive.")
            .ValidateOnStart();

        services.AddHttpClient(HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(15);
            // Metadata, key sets and token answers are a few KB; refuse to buffer anything absurd.
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChannelSigningKeyCache>();
        services.TryAddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        services.TryAddSingleton<IBotTokenProvider, ClientCredentialsTokenProvider>();
        return services;
    }
}
