using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Hosting;

/// <summary>Reads an activity from a request body, refusing oversize and malformed input with a 4xx.</summary>
internal static class ActivityReader
{
    public static async Task<(Activity? Activity, int Status, string? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is long declared && declared > maxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, "request body too large");
        }
        if (request.ContentType is { } ct && !ct.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "content type must be application/json");
        }

        // Read with a hard cap: Content-Length can be absent (chunked) or lie.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, "request body too large");
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return (null, StatusCodes.Status400BadRequest, "empty body");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest, "body is not a valid activity");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, StatusCodes.Status400BadRequest, "activity type is missing");
        }
        if (activity.Conversation?.Id is null || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return (null, StatusCodes.Status400BadRequest, "activity has no conversation or serviceUrl");
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri) || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            return (null, StatusCodes.Status400BadRequest, "serviceUrl is not an absolute http(s) URL");
        }
        return (activity, StatusCodes.Status200OK, null);
    }
}
