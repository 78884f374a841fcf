using System.ComponentModel.DataAnnotations;

namespace Takomil.Bot.Files;

/// <summary>Section <c>Files</c>: links to the diagrams and reports the bot produces.</summary>
public sealed class FilesOptions : IValidatableObject
{
    public const string SectionName = "Files";

    /// <summary>
    /// The public https address of this bot (the host of its messaging endpoint), used to build file links.
    /// Empty in the local default: the address the server listens on is used, which the simulator can reach.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a produced file stays downloadable; a new request produces a fresh file.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(PublicBaseUrl)) yield break;
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Files:PublicBaseUrl must be an absolute http(s) address.", [nameof(PublicBaseUrl)]);
        }
    }
}
