using System.Net;

namespace Takomil.Protocol.Auth;

/// <summary>
/// The rule for URLs that keys and tokens come from: absolute https, or plain http to a loopback host only
/// (so tests and local development can serve keys without certificates, and nothing else can).
/// </summary>
internal static class SecureEndpoint
{
    public static bool IsAcceptable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAcceptable(uri);

    public static bool IsAcceptable(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttp && IsLoopbackHost(uri);
    }

    private static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
