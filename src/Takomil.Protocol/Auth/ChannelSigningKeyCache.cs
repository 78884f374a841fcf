using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Takomil.Protocol.Auth;

/// <summary>
/// The channel's signing keys: OpenID metadata → <c>jwks_uri</c> → keys with endorsements, kept for
/// <see cref="ChannelSigningKeyOptions.CacheDuration"/> and refetched when a token names an unknown <c>kid</c>
/// (at most once per <see cref="ChannelSigningKeyOptions.UnknownKeyRefreshInterval"/>). Refreshes are
/// single-flight; readers never block while the cache is fresh. If a refresh fails the previous keys stay in use.
/// </summary>
public sealed class ChannelSigningKeyCache : IDisposable
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelSigningKeyCache> _logger;
    private readonly ChannelSigningKeyOptions _keyOptions;
    private readonly Uri _metadataUri;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    // Replaced as a whole under _refreshGate; read without a lock (reference reads are atomic).
    private volatile KeySet? _current;
    private DateTimeOffset? _lastUnknownKeyRefresh;
    private DateTimeOffset? _lastFailedFetch;

    public ChannelSigningKeyCache(
        IHttpClientFactory httpClientFactory,
        IOptions<BotAuthOptions> authOptions,
        IOptions<ChannelSigningKeyOptions> keyOptions,
        TimeProvider time,
        ILogger<ChannelSigningKeyCache> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(authOptions);
        ArgumentNullException.ThrowIfNull(keyOptions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _time = time;
        _logger = logger;
        _keyOptions = keyOptions.Value;
        _metadataUri = new Uri(authOptions.Value.ToBotFromChannelOpenIdMetadataUrl, UriKind.Absolute);
    }

    /// <summary>The key with this <c>kid</c>, fetching or refetching the key set if needed; null if unknown.</summary>
    public async Task<ChannelSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        var observed = _current;
        if (observed is not null && !IsExpired(observed))
        {
            if (observed.Keys.TryGetValue(keyId, out var cached))
            {
                return cached;
            }

            var refreshed = await RefreshAsync(observed, unknownKey: true, cancellationToken).ConfigureAwait(false);
            return refreshed?.Keys.GetValueOrDefault(keyId);
        }

        var fresh = await RefreshAsync(observed, unknownKey: false, cancellationToken).ConfigureAwait(false);
        return fresh?.Keys.GetValueOrDefault(keyId);
    }

    private bool IsExpired(KeySet set) => _time.GetUtcNow() - set.FetchedAt >= _keyOptions.CacheDuration;

    private async Task<KeySet?> RefreshAsync(KeySet? observed, bool unknownKey, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Someone else refreshed while this caller waited: use their result instead of fetching again.
            if (!ReferenceEquals(_current, observed))
            {
                return _current;
            }

            var now = _time.GetUtcNow();
            if (_lastFailedFetch is { } failedAt && now - failedAt < _keyOptions.FailedFetchRetryInterval)
            {
                return _current;
            }

            if (unknownKey)
            {
                if (_lastUnknownKeyRefresh is { } refreshedAt && now - refreshedAt < _keyOptions.UnknownKeyRefreshInterval)
                {
                    return _current;
                }

                _lastUnknownKeyRefresh = now;
            }

            try
            {
                var keys = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _current = new KeySet(keys, now);
                _lastFailedFetch = null;
                _logger.SigningKeysFetched(keys.Count, _metadataUri);
            }
            catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
            {
                _lastFailedFetch = now;
                _logger.SigningKeysFetchFailed(ex, _metadataUri);
            }

            return _current;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, ChannelSigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var client = _httpClientFactory.CreateClient(AuthServiceCollectionExtensions.HttpClientName);
        var metadataJson = await client.GetStringAsync(_metadataUri, cancellationToken).ConfigureAwait(false);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri) || !SecureEndpoint.IsAcceptable(jwksUri))
        {
            throw new InvalidDataException("The OpenID metadata has no acceptable jwks_uri (absolute https, or http to loopback).");
        }

        var jwksJson = await client.GetStringAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        return ChannelJwksParser.Parse(jwksJson);
    }

    private static bool IsFetchFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // a timeout, not the caller giving up
        HttpRequestException or JsonException or InvalidDataException or ArgumentException => true,
        _ => false,
    };

    public void Dispose() => _refreshGate.Dispose();

    private sealed record KeySet(IReadOnlyDictionary<string, ChannelSigningKey> Keys, DateTimeOffset FetchedAt);
}
