using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Interviews;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews.Actions;

/// <summary>
/// The interviewee's card buttons. The data carries the session id (and the slot the card asked, or a summary line
/// number) only; the caller must be the session's interviewee, and the database decides which question is current:
/// a button of an older card is refused politely and changes nothing. An accepted answer turns its card into the
/// question with the answer given, and the next question arrives as a new message.
/// </summary>
public abstract class SessionCardAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : ICardActionHandler
{
    public abstract string Verb { get; }

    /// <summary>Whether the button belongs to one asked question (and so goes stale once it is answered).</summary>
    protected virtual bool AnswersSlot => true;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var language = turn.Language();
        if (!Guid.TryParse(action.GetString(QuestionCard.SessionKey), out var sessionId)) return Say(texts.Get("Card.Stale", culture));
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var row = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (caller is null || row is null) return Say(texts.Get("Card.Stale", culture));
        if (row.IntervieweeId != caller.Id) return Say(texts.Get("Interview.NotYours", culture));
        if (!row.IsOpen) return Say(texts.Get("Interview.Closed", culture));
        var live = runner.Open(row);
        if (live is null) return Say((await runner.CloseGoneAsync(turn, row, cancellationToken).ConfigureAwait(false)).Text!);
        var asked = live.Phase == InterviewStatus.Asking ? live.Engine.Current(live.State, language) : null;
        if (AnswersSlot && (asked is null || action.GetString(QuestionCard.SlotKey) != live.State.Cursor))
        {
            return Say(texts.Get("Interview.StaleQuestion", culture));
        }
        var before = row.StateJson;
        var reply = await RunAsync(turn, action, live, cancellationToken).ConfigureAwait(false);
        var moved = row.StateJson != before;
        if (!moved && reply.Card is not null && reply.Text is null)
        {
            // Refused (a wrong answer, a required question skipped): the same card again, with the reason.
            return AdaptiveCardInvokeResponse.Card(reply.Card.ToJsonElement());
        }
        await SendAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        var done = Settled(live, asked, action, language);
        return done is null
            ? AdaptiveCardInvokeResponse.Message(reply.Text ?? texts.Get("Interview.Noted", culture))
            : AdaptiveCardInvokeResponse.Card(done.ToJsonElement());
    }

    protected abstract Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken);

    /// <summary>What the pressed card becomes once its action went through; null leaves it as it is.</summary>
    protected virtual Protocol.Cards.AdaptiveCard? Settled(LiveInterview live, Question? asked, CardInvocation action, string language) => null;

    protected Protocol.Cards.AdaptiveCard Answered(LiveInterview live, Question asked, string given, string language) =>
        questions.Answered(live.Script.Title(language), asked.Label, given, BotLanguages.Culture(language));

    internal static async Task SendAsync(TurnContext turn, InterviewReply reply, CancellationToken cancellationToken)
    {
        if (reply.Text is { } text) await turn.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        if (reply.Card is { } card) await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private static AdaptiveCardInvokeResponse Say(string text) => AdaptiveCardInvokeResponse.Message(text);
}

/// <summary>"Answer": the value of the card's input is the answer.</summary>
public sealed class AnswerQuestionAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;

    public override string Verb => QuestionCard.AnswerVerb;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken) =>
        _runner.AnswerAsync(turn, live, AnswerInputs.FromCard(action.GetString(QuestionCard.InputId)), cancellationToken);

    protected override Protocol.Cards.AdaptiveCard? Settled(LiveInterview live, Question? asked, CardInvocation action, string language)
    {
        if (asked is null) return null;
        var raw = action.GetString(QuestionCard.InputId) ?? string.Empty;
        // Choices show their labels, as the card did; everything else exactly as given.
        var values = raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var shown = asked.Choices.Count > 0 && values.Length > 0 && values.All(v => asked.Choices.Any(c => c.Value == v))
            ? string.Join(", ", values.Select(v => asked.Choices.First(c => c.Value == v).Label))
            : raw;
        return Answered(live, asked, shown, language);
    }
}

/// <summary>"Skip", "Back" and "Pause" on a question card.</summary>
public sealed class SkipQuestionAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;
    private readonly Texts _texts = texts;

    public override string Verb => QuestionCard.SkipVerb;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken) =>
        _runner.OnWordAsync(turn, live, InterviewWord.Skip, null, cancellationToken);

    protected override Protocol.Cards.AdaptiveCard? Settled(LiveInterview live, Question? asked, CardInvocation action, string language) =>
        asked is null ? null : Answered(live, asked, _texts.Get("Interview.Skipped", BotLanguages.Culture(language)), language);
}

public sealed class BackQuestionAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;

    public override string Verb => QuestionCard.BackVerb;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken) =>
        _runner.OnWordAsync(turn, live, InterviewWord.Back, null, cancellationToken);
}

public sealed class PauseInterviewAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;

    public override string Verb => QuestionCard.PauseVerb;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken) =>
        _runner.OnWordAsync(turn, live, InterviewWord.Pause, null, cancellationToken);
}

/// <summary>Summary buttons: "Edit" (a line number), "Confirm", "Continue". They act on the session as it is now.</summary>
public sealed class EditAnswerAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;

    public override string Verb => SummaryCard.EditVerb;

    protected override bool AnswersSlot => false;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken)
    {
        var number = int.TryParse(action.GetString(SummaryCard.NumberKey), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return _runner.OnWordAsync(turn, live, InterviewWord.Edit, number, cancellationToken);
    }
}

public sealed class ConfirmInterviewAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;

    public override string Verb => SummaryCard.ConfirmVerb;

    protected override bool AnswersSlot => false;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken) =>
        _runner.OnWordAsync(turn, live, InterviewWord.Confirm, null, cancellationToken);
}

public sealed class ResumeInterviewAction(Texts texts, OfficialDirectory officials, InterviewSessions sessions, InterviewRunner runner, QuestionCard questions)
    : SessionCardAction(texts, officials, sessions, runner, questions)
{
    private readonly InterviewRunner _runner = runner;

    public override string Verb => SummaryCard.ResumeVerb;

    protected override bool AnswersSlot => false;

    protected override Task<InterviewReply> RunAsync(TurnContext turn, CardInvocation action, LiveInterview live, CancellationToken cancellationToken) =>
        _runner.OnWordAsync(turn, live, InterviewWord.Resume, null, cancellationToken);
}
