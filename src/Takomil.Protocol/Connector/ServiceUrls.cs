using System.Diagnostics.CodeAnalysis;

namespace Takomil.Protocol.Connector;

/// <summary>Parsing and comparison of connector base URLs (an activity's <c>serviceUrl</c>).</summary>
internal static class ServiceUrls
{
    /// <summary>
    /// Parses an absolute http(s) URL without user info, query or fragment, and gives it a trailing
    /// '/' so relative paths append below it (<c>http://host/_connector</c> keeps its <c>/_connector</c>).
    /// </summary>
    public static bool TryNormalize(string? serviceUrl, [NotNullWhen(true)] out Uri? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(serviceUrl)) return false;
        if (!Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return false;
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0) return false;

        var text = uri.GetLeftPart(UriPartial.Path);
        normalized = text.EndsWith('/') ? new Uri(text) : new Uri(text + "/");
        return true;
    }

    /// <summary>https anywhere; plain http only to this machine (the local Agents Playground, test fakes).</summary>
    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    /// <summary>Whether <paramref name="target"/> lies at or below the trusted prefix (same scheme, host and port).</summary>
    public static bool IsUnder(Uri trustedPrefix, Uri target) =>
        string.Equals(trustedPrefix.Scheme, target.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(trustedPrefix.IdnHost, target.IdnHost, StringComparison.OrdinalIgnoreCase)
        && trustedPrefix.Port == target.Port
        && target.AbsolutePath.StartsWith(trustedPrefix.AbsolutePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Joins the normalised base and a relative path whose segments are already escaped.</summary>
    public static Uri Combine(Uri normalizedBase, string escapedRelativePath) =>
        new(normalizedBase.AbsoluteUri + escapedRelativePath, UriKind.Absolute);

    /// <summary>Escapes one path segment (Teams ids hold ':', '@', ';' and the like).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
