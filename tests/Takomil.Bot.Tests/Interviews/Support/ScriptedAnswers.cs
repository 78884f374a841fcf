using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Interviews.Support;

/// <summary>An attachment answer in a script run.</summary>
public sealed record FileAnswer(string Name);

/// <summary>
/// Runs a whole section through the chat: the lead asks, the interviewee answers every question — typed, or every
/// third through the card's Answer button (toggles send yes/no, as Teams does) — checks each was accepted, and confirms
/// with the confirm word of the language answered in.
/// </summary>
public abstract class ScriptedAnswers(InspectionsHost host) : InterviewScenario(host)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "ha", "yes", "да", "ҳа" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "yoʻq", "no", "нет", "йўқ" };

    protected static string Locale(string language) => language switch
    {
        "uz-Latn" => "uz-Latn-UZ",
        "uz-Cyrl" => "uz-Cyrl-UZ",
        "ru" => "ru-RU",
        _ => "en-US",
    };

    protected static string ConfirmWord(string language) => language switch
    {
        "uz-Latn" => "tasdiqlash",
        "uz-Cyrl" => "тасдиқлаш",
        "ru" => "подтвердить",
        _ => "confirm",
    };

    /// <returns>What the bot said when the answers were confirmed.</returns>
    protected async Task<string> RunAsync(Chat chat, Person person, string section, string language, params object[] answers)
    {
        var said = await AskForInterviewAsync(chat, person, section);
        Assert.Contains(person.Name, said, StringComparison.Ordinal);
        var locale = Locale(language);
        for (var i = 0; i < answers.Length; i++)
        {
            var before = LastQuestion().Slot;
            await AnswerAsync(person, answers[i], i, locale);
            var summary = AllSent.Any(a => a.Attachments is { Count: > 0 } && Button(CardOf(a), SummaryCard.ConfirmVerb) is not null);
            Assert.True(summary || LastQuestion().Slot != before, $"{section}: answer {i + 1} '{answers[i]}' was not accepted at {before}: {string.Join(" | ", AllSent.Select(Visible))}");
        }
        var done = await TypeAsync(person, ConfirmWord(language), locale);
        return string.Join("\n", done.Select(Visible));
    }

    private async Task AnswerAsync(Person person, object answer, int index, string locale)
    {
        switch (answer)
        {
            case FileAnswer file:
                await TypeAsync(person, string.Empty, locale, [File(file.Name)]);
                break;
            case "":
                await AnswerByCardAsync(person, null, locale);
                break;
            case string text when index % 3 == 1:
                await AnswerByCardAsync(person, Yes.Contains(text) ? "yes" : No.Contains(text) ? "no" : text, locale);
                break;
            case string text:
                await TypeAsync(person, text, locale);
                break;
            default:
                throw new ArgumentException($"Unknown answer {answer}", nameof(answer));
        }
    }

    protected static IList<Attachment> Files(params string[] names) => [.. names.Select(File)];
}
