using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Connector;

/// <summary>
/// Decides, before anything is sent, where a call may go and whether it carries the bot token.
/// The token only travels to a serviceUrl seen in a validated inbound activity or configured as
/// trusted, so a forged or stale serviceUrl cannot harvest it. Without a token (local mode) any
/// serviceUrl is fine, but plain http is still allowed only to loopback.
/// </summary>
internal sealed class ServiceUrlGuard
{
    private readonly IBotTokenProvider _tokens;
    private readonly IConversationReferenceStore _references;
    private readonly Uri[] _trusted;

    public ServiceUrlGuard(IBotTokenProvider tokens, IConversationReferenceStore references, ConnectorOptions options)
    {
        _tokens = tokens;
        _references = references;
        _trusted = [.. options.TrustedServiceUrls
            .Select(u => ServiceUrls.TryNormalize(u, out var uri) ? uri : null)
            .OfType<Uri>()];
    }

    /// <summary>The normalised base URL and the bearer token to attach (null in local mode).</summary>
    public async Task<(Uri BaseUri, string? Token)> AuthorizeAsync(string? serviceUrl, CancellationToken cancellationToken)
    {
        if (!ServiceUrls.TryNormalize(serviceUrl, out var baseUri))
        {
            throw new ConnectorException(400, ConnectorErrorCodes.InvalidServiceUrl,
                "The serviceUrl is missing or not an absolute http(s) URL without query; nothing was sent.");
        }
        if (!ServiceUrls.IsSecureOrLoopback(baseUri))
        {
            throw new ConnectorException(400, ConnectorErrorCodes.InvalidServiceUrl,
                $"Refusing plain http to non-loopback serviceUrl {baseUri.GetLeftPart(UriPartial.Authority)}; https is required. Nothing was sent.");
        }

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is null) return (baseUri, null);

        if (_trusted.Any(t => ServiceUrls.IsUnder(t, baseUri))
            || await IsKnownAsync(serviceUrl!, baseUri, cancellationToken).ConfigureAwait(false))
        {
            return (baseUri, token);
        }

        throw new ConnectorException(403, ConnectorErrorCodes.UntrustedServiceUrl,
            $"Refusing to send the bot token to serviceUrl {baseUri.GetLeftPart(UriPartial.Authority)}: no validated inbound activity came from it "
            + "and it is not under Connector:TrustedServiceUrls. Nothing was sent.");
    }

    private async Task<bool> IsKnownAsync(string original, Uri normalized, CancellationToken cancellationToken)
    {
        if (await _references.IsKnownServiceUrlAsync(original, cancellationToken).ConfigureAwait(false)) return true;
        // The store keeps the activity's spelling; try the other trailing-slash form too.
        var alternative = original.EndsWith('/') ? original.TrimEnd('/') : normalized.AbsoluteUri;
        return !string.Equals(alternative, original, StringComparison.Ordinal)
            && await _references.IsKnownServiceUrlAsync(alternative, cancellationToken).ConfigureAwait(false);
    }
}
