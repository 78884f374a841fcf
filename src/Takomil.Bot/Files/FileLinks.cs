using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Takomil.Storage.Files;

namespace Takomil.Bot.Files;

/// <summary>Publishes a produced file and returns the link people (and Teams, for card images) open.</summary>
public sealed class FileLinks(PublishedFiles files, IOptions<FilesOptions> options, IServer server)
{
    public async Task<Uri> PublishAsync(string fileName, string contentType, byte[] content, Guid? inspectionId, CancellationToken cancellationToken)
    {
        var row = await files.PutAsync(fileName, contentType, content, inspectionId, options.Value.Lifetime, cancellationToken).ConfigureAwait(false);
        return new Uri(BaseUrl(), $"files/{row.Token}/{Uri.EscapeDataString(row.FileName)}");
    }

    private Uri BaseUrl()
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured)) return new Uri(configured.TrimEnd('/') + "/");
        // Local default: the address Kestrel is bound to; 0.0.0.0/[::] mean "this machine" to a local browser.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:3978";
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)) { Path = "/" };
        return uri.Uri;
    }
}
