using Takomil.Bot.Localization;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Interviews;

/// <summary>What an interviewee may say at any point instead of an answer.</summary>
public enum InterviewWord
{
    None,
    Back,
    Skip,
    Pause,
    Resume,
    Edit,
    Summary,
    Confirm,
}

/// <summary>
/// Recognises the interview's own words in all four languages (<c>Interview.Word.*</c> texts). A word counts only
/// when it is the whole message (<c>edit</c> may carry a number), so an answer that merely starts with "back" stays an answer.
/// </summary>
public sealed class InterviewWords(Texts texts)
{
    private static readonly (InterviewWord Word, string Key)[] Keys =
    [
        (InterviewWord.Back, "Interview.Word.Back"),
        (InterviewWord.Skip, "Interview.Word.Skip"),
        (InterviewWord.Pause, "Interview.Word.Pause"),
        (InterviewWord.Resume, "Interview.Word.Resume"),
        (InterviewWord.Edit, "Interview.Word.Edit"),
        (InterviewWord.Summary, "Interview.Word.Summary"),
        (InterviewWord.Confirm, "Interview.Word.Confirm"),
    ];

    public (InterviewWord Word, int? Number) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (InterviewWord.None, null);
        var parts = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 2) return (InterviewWord.None, null);
        var first = RouteTable.NormalizeKeyword(parts[0]);
        foreach (var (word, key) in Keys)
        {
            if (!texts.Keywords(key).Any(k => string.Equals(RouteTable.NormalizeKeyword(k), first, StringComparison.OrdinalIgnoreCase))) continue;
            if (word == InterviewWord.Edit)
            {
                if (parts.Length == 1) return (word, null);
                return int.TryParse(parts[1].TrimEnd('.'), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
                    ? (word, n)
                    : (InterviewWord.None, null);
            }
            return parts.Length == 1 ? (word, null) : (InterviewWord.None, null);
        }
        return (InterviewWord.None, null);
    }
}
