using Microsoft.Net.Http.Headers;
using Takomil.Storage.Files;

namespace Takomil.Bot.Files;

public static class FileEndpoint
{
    /// <summary>
    /// <c>GET /files/{token}/{name}</c>: a produced file, to whoever holds its link (the token is the capability;
    /// see docs/decisions.md). Unknown, expired or mismatched links get 404 and say nothing more.
    /// </summary>
    public static IEndpointRouteBuilder MapPublishedFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{token}/{name}", async (string token, string name, PublishedFiles files, HttpContext http, CancellationToken cancellationToken) =>
        {
            var file = await files.FindAsync(token, cancellationToken).ConfigureAwait(false);
            if (file is null || !string.Equals(file.FileName, name, StringComparison.Ordinal)) return Results.NotFound();
            var headers = http.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            // An SVG opened directly is a document: forbid scripts and any fetch so its text can never act.
            headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
            headers[HeaderNames.CacheControl] = "private, max-age=86400";
            var inline = file.ContentType.StartsWith("image/", StringComparison.Ordinal);
            return Results.File(file.Content, file.ContentType, inline ? null : file.FileName);
        });
        return app;
    }
}
