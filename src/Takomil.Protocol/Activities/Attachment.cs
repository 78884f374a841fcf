using System.Text.Json;
using System.Text.Json.Serialization;

namespace Takomil.Protocol.Activities;

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
    public const string LoginRequest = "application/vnd.microsoft.activity.loginRequest";
    public const string PreconditionFailed = "application/vnd.microsoft.error.preconditionFailed";
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
}
