using System.Text.Json;
using Takomil.Interviews;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Interviews;

/// <summary>
/// Turns what the interviewee sent into the engine's input: the text exactly as typed (newlines kept, nothing
/// rendered), the people @mentioned (as the channel named them) and the files attached.
/// </summary>
public static class AnswerInputs
{
    public static AnswerInput FromMessage(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var people = activity.GetMentions()
            .Where(m => m.Mentioned.Id is { Length: > 0 } id && id != activity.Recipient?.Id && id.StartsWith("29:", StringComparison.Ordinal))
            .Select(m => new PersonRef(m.Mentioned.Name ?? m.Mentioned.Id!, m.Mentioned.Id, null))
            .DistinctBy(p => p.UserId)
            .ToList();
        var files = (activity.Attachments ?? [])
            .Where(a => a.ContentType is not (null or ContentTypes.AdaptiveCard or "text/html"))
            .Select(a => new FileRef(a.Name ?? "file", DownloadUrl(a) ?? a.ContentUrl, a.ContentType))
            .ToList();
        var text = activity.Text?.Trim();
        // In a personal chat there is no bot mention to strip; a group chat answer would carry one.
        if (text is not null && activity.Recipient?.Id is { } bot)
        {
            foreach (var mention in activity.GetMentions().Where(m => m.Mentioned.Id == bot && !string.IsNullOrEmpty(m.Text)))
            {
                text = text.Replace(mention.Text!, string.Empty, StringComparison.Ordinal).Trim();
            }
        }
        return new AnswerInput(string.IsNullOrEmpty(text) && (people.Count > 0 || files.Count > 0) ? null : text, people, files);
    }

    public static AnswerInput FromCard(string? value) => AnswerInput.FromText(value);

    private static string? DownloadUrl(Attachment attachment) =>
        attachment.Content is { ValueKind: JsonValueKind.Object } content
        && content.TryGetProperty("downloadUrl", out var url) && url.ValueKind == JsonValueKind.String
            ? url.GetString()
            : null;
}
