using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Interviews;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>A stored session with its script and the engine that runs it.</summary>
public sealed record LiveInterview(InterviewSessionRow Row, InterviewScript Script, InterviewEngine Engine, InterviewState State)
{
    public InterviewStatus Phase => Engine.Status(State);
}

/// <summary>What answers an interviewee's turn: an optional line of text, then an optional card.</summary>
public sealed record InterviewReply(string? Text, AdaptiveCard? Card)
{
    public static InterviewReply Say(string text) => new(text, null);

    public static InterviewReply Show(AdaptiveCard card, string? text = null) => new(text, card);
}

/// <summary>
/// One interviewee turn: an answer (typed or from a card) or one of the interview's words, run through the engine.
/// Every accepted step is saved before the reply is built, so what was acknowledged survives any restart; a refused
/// answer changes nothing and is asked again with the reason.
/// </summary>
public sealed class InterviewRunner(
    Texts texts, ScriptCatalog catalog, InterviewSessions sessions, InterviewWords words, QuestionCard questions,
    SummaryCard summaries, InterviewCompletion completion, TimeProvider time)
{
    /// <summary>The session ready to run, or null when its script is no longer shipped as it was when the interview began.</summary>
    public LiveInterview? Open(InterviewSessionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var script = catalog.Find(row.ScriptId);
        return script is null || script.Fingerprint != row.ScriptFingerprint
            ? null
            : new LiveInterview(row, script, new InterviewEngine(script, time), InterviewStateJson.Read(row.StateJson));
    }

    /// <summary>
    /// Closes an interview whose script was removed or changed since it began (its answers stay in the row), so the
    /// person's messages are theirs again; the lead can ask anew.
    /// </summary>
    public async Task<InterviewReply> CloseGoneAsync(TurnContext turn, InterviewSessionRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(row);
        row.Status = InterviewSessionStatus.Cancelled;
        return await TouchAsync(row, turn.Language(), cancellationToken).ConfigureAwait(false)
            ? InterviewReply.Say(texts.Get("Interview.ScriptGone", turn.Culture()))
            : Busy(turn.Culture());
    }

    /// <summary>A message typed in the personal chat while this interview is open.</summary>
    public Task<InterviewReply> OnMessageAsync(TurnContext turn, LiveInterview live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (word, number) = words.Parse(turn.CommandText);
        return word == InterviewWord.None
            ? AnswerAsync(turn, live, AnswerInputs.FromMessage(turn.Activity), cancellationToken)
            : OnWordAsync(turn, live, word, number, cancellationToken);
    }

    public Task<InterviewReply> AnswerAsync(TurnContext turn, LiveInterview live, AnswerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(live);
        return ApplyAsync(turn, live, live.Engine.Answer(live.State, input, turn.Language()), cancellationToken);
    }

    public async Task<InterviewReply> OnWordAsync(TurnContext turn, LiveInterview live, InterviewWord word, int? number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(live);
        var language = turn.Language();
        var culture = turn.Culture();
        var row = live.Row;
        switch (word)
        {
            case InterviewWord.Back:
                return await ApplyAsync(turn, live, live.Engine.Back(live.State, language), cancellationToken).ConfigureAwait(false);
            case InterviewWord.Skip:
                return await ApplyAsync(turn, live, live.Engine.Skip(live.State, language), cancellationToken).ConfigureAwait(false);
            case InterviewWord.Edit when number is { } n:
                return await ApplyAsync(turn, live, live.Engine.Edit(live.State, n, language), cancellationToken).ConfigureAwait(false);
            case InterviewWord.Pause:
                row.Status = InterviewSessionStatus.Paused;
                if (!await TouchAsync(row, language, cancellationToken).ConfigureAwait(false)) return Busy(culture);
                return InterviewReply.Say(texts.Get("Interview.Paused", culture));
            case InterviewWord.Resume:
                row.Status = StatusOf(live.Phase);
                if (!await TouchAsync(row, language, cancellationToken).ConfigureAwait(false)) return Busy(culture);
                return Current(live, language, texts.Get("Interview.Resumed", culture));
            case InterviewWord.Confirm when live.Phase == InterviewStatus.Reviewing:
                return await completion.ConfirmAsync(turn, live, cancellationToken).ConfigureAwait(false);
            case InterviewWord.Confirm:
                return Current(live, language, texts.Get("Interview.NotComplete", culture));
            default: // summary, or "edit" without a number: the numbered list to choose from
                if (row.Status == InterviewSessionStatus.Paused) row.Status = StatusOf(live.Phase);
                if (!await TouchAsync(row, language, cancellationToken).ConfigureAwait(false)) return Busy(culture);
                return InterviewReply.Show(SummaryOf(live, live.State, language));
        }
    }

    /// <summary>The question being asked, or the summary when everything is answered.</summary>
    public InterviewReply Current(LiveInterview live, string language, string? text = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(live);
        return InterviewReply.Show(CardFor(live, live.State, language, reason), text);
    }

    public AdaptiveCard SummaryOf(LiveInterview live, InterviewState state, string language, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(live);
        var culture = BotLanguages.Culture(language);
        var reviewing = live.Engine.Status(state) == InterviewStatus.Reviewing;
        return summaries.Build(live.Row.Id, live.Script.Title(language), live.Engine.Summary(state, language), reviewing, culture, notice);
    }

    private async Task<InterviewReply> ApplyAsync(TurnContext turn, LiveInterview live, Step step, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var row = live.Row;
        if (!step.Accepted)
        {
            // Nothing already answered changes; the same question comes back with the reason.
            if (!await TouchAsync(row, language, cancellationToken).ConfigureAwait(false)) return Busy(turn.Culture());
            return InterviewReply.Show(CardFor(live, live.State, language, step.Reason ?? texts.Get("Interview.Refused", turn.Culture())));
        }
        row.StateJson = InterviewStateJson.Write(step.State);
        row.Status = StatusOf(live.Engine.Status(step.State));
        if (!await TouchAsync(row, language, cancellationToken).ConfigureAwait(false)) return Busy(turn.Culture());
        var next = live with { State = step.State };
        return InterviewReply.Show(CardFor(next, step.State, language, null));
    }

    private AdaptiveCard CardFor(LiveInterview live, InterviewState state, string language, string? reason)
    {
        var question = live.Engine.Status(state) == InterviewStatus.Asking ? live.Engine.Current(state, language) : null;
        return question is null
            ? SummaryOf(live, state, language, reason)
            : questions.Build(live.Row.Id, state.Cursor, live.Script.Title(language), question, BotLanguages.Culture(language), reason);
    }

    /// <summary>Records activity (which ends the idle period a reminder counts) and saves; false when another turn won.</summary>
    private async Task<bool> TouchAsync(InterviewSessionRow row, string language, CancellationToken cancellationToken)
    {
        row.Language = language;
        row.LastActivityAt = time.GetUtcNow();
        row.RemindedAt = null;
        try
        {
            await sessions.SaveAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    private InterviewReply Busy(System.Globalization.CultureInfo culture) => InterviewReply.Say(texts.Get("Interview.Busy", culture));

    public static InterviewSessionStatus StatusOf(InterviewStatus phase) => phase switch
    {
        InterviewStatus.Reviewing => InterviewSessionStatus.Reviewing,
        InterviewStatus.Confirmed => InterviewSessionStatus.Confirmed,
        _ => InterviewSessionStatus.Asking,
    };
}
