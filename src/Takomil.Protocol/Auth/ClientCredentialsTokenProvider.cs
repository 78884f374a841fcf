using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Auth;

/// <summary>
/// Outbound bot token by the OAuth client credentials grant (brief §2):
/// <c>POST {ToChannelFromBotLoginUrl}{tenant}/oauth2/v2.0/token</c>, cached until shortly before it expires,
/// with one request in flight however many callers ask at once. Returns null in local mode (no app id), so no
/// separate local provider is needed.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IBotTokenProvider, IDisposable
{
    /// <summary>Refresh this long before expiry (or at half-life for short-lived tokens) so no call carries a dying token.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>Assumed lifetime when the endpoint omits <c>expires_in</c>: short, so a wrong guess costs little.</summary>
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromMinutes(5);

    private const int MaxDescriptionLength = 500;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly BotAuthOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ClientCredentialsTokenProvider> _logger;
    private readonly Uri? _tokenEndpoint;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile CachedToken? _cached;

    public ClientCredentialsTokenProvider(
        IHttpClientFactory httpClientFactory,
        IOptions<BotAuthOptions> options,
        TimeProvider time,
        ILogger<ClientCredentialsTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _tokenEndpoint = _options.IsLocalMode ? null : BuildTokenEndpoint(_options);
    }

    /// <summary>The token URL for these options: the login URL, the outbound tenant, <c>/oauth2/v2.0/token</c>.</summary>
    public static Uri BuildTokenEndpoint(BotAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var login = options.ToChannelFromBotLoginUrl.EndsWith('/') ? options.ToChannelFromBotLoginUrl : options.ToChannelFromBotLoginUrl + "/";
        return new Uri(login + Uri.EscapeDataString(options.OutboundTenant) + "/oauth2/v2.0/token", UriKind.Absolute);
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_tokenEndpoint is null)
        {
            return null;
        }

        if (_cached is { } cached && cached.RefreshAt > _time.GetUtcNow())
        {
            return cached.Value;
        }

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the gate before us may already have refreshed.
            if (_cached is { } current && current.RefreshAt > _time.GetUtcNow())
            {
                return current.Value;
            }

            var requestedAt = _time.GetUtcNow();
            var (value, lifetime) = await RequestAsync(_tokenEndpoint, cancellationToken).ConfigureAwait(false);
            var margin = lifetime / 2 < RefreshMargin ? lifetime / 2 : RefreshMargin;
            _cached = new CachedToken(value, requestedAt + lifetime - margin);
            _logger.OutboundTokenAcquired(_options.OutboundTenant, (long)lifetime.TotalSeconds);
            return value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<(string Value, TimeSpan Lifetime)> RequestAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var client = _httpClientFactory.CreateClient(AuthServiceCollectionExtensions.HttpClientName);
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.MicrosoftAppId!),
            new("client_secret", _options.MicrosoftAppPassword ?? string.Empty),
            new("scope", _options.ToChannelFromBotOAuthScope),
        ]);

        string body;
        int status;
        try
        {
            using var response = await client.PostAsync(endpoint, form, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new BotTokenRequestException($"The outbound token request to {endpoint} failed: {ex.Message}", null, null, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BotTokenRequestException($"The outbound token request to {endpoint} timed out.", null, null, ex);
        }

        return status is >= 200 and < 300
            ? ReadToken(endpoint, status, body)
            : throw DescribeError(endpoint, status, body);
    }

    private static (string Value, TimeSpan Lifetime) ReadToken(Uri endpoint, int status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("access_token", out var token)
                && token.ValueKind == JsonValueKind.String
                && token.GetString() is { Length: > 0 } value)
            {
                return (value, ReadLifetime(root));
            }
        }
        catch (JsonException ex)
        {
            throw new BotTokenRequestException($"The token endpoint {endpoint} answered {status} with a body that is not JSON.", status, null, ex);
        }

        throw new BotTokenRequestException($"The token endpoint {endpoint} answered {status} without an access_token.", status, null);
    }

    private static TimeSpan ReadLifetime(JsonElement root)
    {
        if (!root.TryGetProperty("expires_in", out var expiresIn))
        {
            return FallbackLifetime;
        }

        // v2.0 sends a number; older endpoints sent a string.
        long seconds = expiresIn.ValueKind switch
        {
            JsonValueKind.Number when expiresIn.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(expiresIn.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
            _ => 0,
        };
        return seconds > 0 ? TimeSpan.FromSeconds(seconds) : FallbackLifetime;
    }

    private BotTokenRequestException DescribeError(Uri endpoint, int status, string body)
    {
        string? code = null;
        string? description = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = GetString(document.RootElement, "error");
                description = GetString(document.RootElement, "error_description");
            }
        }
        catch (JsonException)
        {
            // Not an OAuth error body (a proxy page, say): the status alone has to do.
        }

        var detail = code is null ? string.Empty : $" {code}";
        if (description is not null)
        {
            detail += ": " + Truncate(Redact(description));
        }

        return new BotTokenRequestException(
            $"The token endpoint {endpoint} refused the client credentials request for app {_options.MicrosoftAppId} with {status}{detail}.",
            status,
            code);
    }

    // The endpoint never should echo the secret, but the message ends up in logs, so make sure.
    private string Redact(string text) =>
        string.IsNullOrEmpty(_options.MicrosoftAppPassword)
            ? text
            : text.Replace(_options.MicrosoftAppPassword, "***", StringComparison.Ordinal);

    private static string Truncate(string text) =>
        text.Length <= MaxDescriptionLength ? text : text[..MaxDescriptionLength] + "…";

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => _refreshGate.Dispose();

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
