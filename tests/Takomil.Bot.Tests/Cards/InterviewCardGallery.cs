using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Interviews;
using Takomil.Protocol.Cards;
using Takomil.Storage.Interviews;
using InterviewChoice = Takomil.Interviews.Choice;

namespace Takomil.Bot.Tests.Cards;

/// <summary>
/// Every interview card in one language: a question of each type (with a reason, a current value, a repeat label),
/// the answered card, both summaries, the lead's interviews card and the conflict card — with hostile people's text
/// wherever people's text can appear.
/// </summary>
public static class InterviewCardGallery
{
    public const string Hostile = "**bold** ${x} <at>x</at> {{DATE(2026-01-01T00:00:00Z)}} [l](https://e.example)";

    public static IEnumerable<(string Name, AdaptiveCard Card)> All(IServiceProvider services, string code)
    {
        ArgumentNullException.ThrowIfNull(services);
        var culture = BotLanguages.Culture(code);
        var question = services.GetRequiredService<QuestionCard>();
        var summary = services.GetRequiredService<SummaryCard>();
        var interviews = services.GetRequiredService<InterviewsCard>();
        var conflicts = services.GetRequiredService<ConflictCard>();
        var session = Guid.Parse("6f1c2a9e-4d3b-4f8a-9e21-7c5d0b3a1e44");
        InterviewChoice[] yesNo = [new("yes", "Ha"), new("no", "Yoʻq")];
        InterviewChoice[] few = [new("a", "Applicant"), new("b", "Agency"), new("c", Hostile)];
        InterviewChoice[] many = [.. Enumerable.Range(1, 8).Select(i => new InterviewChoice($"v{i}", $"Choice {i}"))];
        foreach (var type in Enum.GetValues<QuestionType>())
        {
            var choices = type switch
            {
                QuestionType.YesNo => yesNo,
                QuestionType.SelectOne => many,
                QuestionType.SelectMany => few,
                _ => [],
            };
            var q = new Question($"q_{type}", 7, 23, type, "Label of " + type + " " + Hostile, "Hint " + Hostile, type != QuestionType.Text, choices,
                type is QuestionType.Text or QuestionType.Date ? Hostile : null, type == QuestionType.LongText ? "Procedure 2" : null);
            var reason = type == QuestionType.Date ? "The adoption date cannot be in the future." : null;
            yield return ($"interview-question-{type.ToString().ToLowerInvariant()}.{code}", question.Build(session, "acts[0].q", "Legal acts", q, culture, reason));
        }
        yield return ($"interview-question-select-few.{code}", question.Build(session, "acts[0].q", "Legal acts",
            new Question("kind", 1, 3, QuestionType.SelectOne, "Kind", null, true, few[..2], null, null), culture));
        yield return ($"interview-answered.{code}", question.Answered("Legal acts", "Title?", Hostile, culture));
        var lines = new Summary(
        [
            new SummaryLine(1, "Title " + Hostile, Hostile, "Act 1"),
            new SummaryLine(2, "Number", "184", "Act 1"),
            new SummaryLine(3, "Title", "Qaror", "Act 2"),
        ]);
        yield return ($"interview-summary.{code}", summary.Build(session, "Legal acts", lines, reviewing: true, culture));
        yield return ($"interview-summary-sofar.{code}", summary.Build(session, "Legal acts", lines, reviewing: false, culture, notice: Hostile));
        yield return ($"interviews.{code}", interviews.Build(session, "Qurilish litsenziyasi " + Hostile, "DXA-001",
            [new InterviewLine("Nigora " + Hostile, "Legal acts", "7 / 23 · 2 d")], 2,
            [(Guid.NewGuid(), "Nigora " + Hostile), (Guid.NewGuid(), "Bobur Toshmatov")], [("p11-legal-acts", "Legal acts"), ("p13-procedures", "Procedures")], culture,
            new Notice(NoticeKind.Info, "Sent.")));
        yield return ($"interviews-empty.{code}", interviews.Build(session, "Service", "DXA-001", [], 0, [], [], culture));
        var nigora = Guid.NewGuid();
        var bobur = Guid.NewGuid();
        AnswerConflictRow[] rows =
        [
            new() { Id = Guid.NewGuid(), Path = "facts.legalActs[0].number", ExistingDisplay = "184", NewDisplay = Hostile, ExistingOfficialId = nigora, NewOfficialId = bobur },
            new() { Id = Guid.NewGuid(), Path = "asis.procedures[1].timeLimit", ExistingDisplay = "5 WorkingDays", NewDisplay = "10 CalendarDays", ExistingOfficialId = nigora, NewOfficialId = null },
        ];
        var names = new Dictionary<Guid, string> { [nigora] = "Nigora " + Hostile, [bobur] = "Bobur Toshmatov" };
        yield return ($"conflicts.{code}", conflicts.Build("Service " + Hostile, rows, names, Takomil.Bot.Interviews.ConflictViews.FieldName, culture));
        yield return ($"conflicts-none.{code}", conflicts.Build("Service", [], names, Takomil.Bot.Interviews.ConflictViews.FieldName, culture,
            new Notice(NoticeKind.Done, "Decided.")));
    }
}
