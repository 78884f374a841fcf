namespace Takomil.Interviews;

/// <summary>The commands: answer, skip, back, edit, confirm. Refusals leave the state as it was.</summary>
public sealed partial class InterviewEngine
{
    public Step Answer(InterviewState state, AnswerInput input, string language)
    {
        ArgumentNullException.ThrowIfNull(input);
        language = Lang(language);
        if (Gate(state, language) is { } refused) return refused;
        var session = Open(state);
        var slot = CurrentSlot(session)!;
        if (slot.IsMore) return More(session, slot, input, language);
        if (slot.Item.Type == QuestionType.Note) return Pass(session, slot, language);

        AnswerValue value;
        if (AnswerParser.IsEmpty(input))
        {
            if (slot.Item.Default is { } fallback) value = fallback;
            else if (slot.Item.Required) return Refuse(session, slot, slot.Item.RequiredMessage?.For(language) ?? BuiltInMessages.Get("required", language), language);
            else return Pass(session, slot, language);
        }
        else
        {
            var parsed = AnswerParser.Parse(slot.Item, input, session.ChoicesFor(slot.Item, slot.Instance));
            if (parsed.Value is null) return Refuse(session, slot, BuiltInMessages.Get(parsed.ErrorKey!, language, parsed.Args), language);
            value = parsed.Value;
        }
        if (!session.Satisfies(slot.Item, slot.Instance, value))
        {
            var message = slot.Item.ConstraintMessage is { } custom
                ? session.Interpolate(custom, slot.Item.Parent, slot.Instance, language)
                : BuiltInMessages.Get("constraint", language);
            return Refuse(session, slot, message, language);
        }
        var answers = new Dictionary<string, AnswerValue>(state.Answers, StringComparer.Ordinal) { [slot.Key] = value };
        return Advance(state with { Answers = answers, Skipped = [.. state.Skipped.Where(k => k != slot.Key)] }, slot.Key, language);
    }

    /// <summary>Refused (Accepted=false, Reason) when the question is required. On "add another?" it means no.</summary>
    public Step Skip(InterviewState state, string language)
    {
        language = Lang(language);
        if (Gate(state, language) is { } refused) return refused;
        var session = Open(state);
        var slot = CurrentSlot(session)!;
        if (slot.IsMore) return More(session, slot, AnswerInput.FromText("no"), language);
        if (slot.Item.Required && slot.Item.Type != QuestionType.Note)
        {
            return Refuse(session, slot, BuiltInMessages.Get("skip_required", language), language);
        }
        return Pass(session, slot, language);
    }

    public Step Back(InterviewState state, string language)
    {
        language = Lang(language);
        Check(state);
        if (state.Phase == InterviewStatus.Confirmed) return Refused(state, "already_confirmed", language);
        var session = Open(state);
        if (state.Phase == InterviewStatus.Reviewing)
        {
            if (session.Slots.Count == 0) return Refused(state, "first_question", language);
            return Moved(state with { Phase = InterviewStatus.Asking, Cursor = session.Slots[^1].Key }, language);
        }
        var index = session.IndexOf(CurrentSlot(session)!.Key);
        if (index <= 0) return Refuse(session, session.Slots[0], BuiltInMessages.Get("first_question", language), language);
        return Moved(state with { Cursor = session.Slots[index - 1].Key }, language);
    }

    /// <summary>Goes to the slot numbered <paramref name="number"/>; after it is answered the interview continues where it was.</summary>
    public Step Edit(InterviewState state, int number, string language)
    {
        language = Lang(language);
        Check(state);
        if (state.Phase == InterviewStatus.Confirmed) return Refused(state, "already_confirmed", language);
        var session = Open(state);
        if (number < 1 || number > session.Slots.Count) return Refused(state, "no_such_number", language, ("number", number));
        var target = session.Slots[number - 1];
        if (!target.IsAnswer) return Refused(state, "not_editable", language, ("number", number));
        var resume = state.Phase == InterviewStatus.Reviewing ? InterviewState.ReviewMark : state.ResumeTo ?? state.Cursor;
        if (resume == target.Key) resume = null;
        return Moved(state with { Phase = InterviewStatus.Asking, Cursor = target.Key, ResumeTo = resume }, language);
    }

    /// <summary>Reviewing -> Confirmed, once every required relevant question has an answer.</summary>
    public Step Confirm(InterviewState state, string language)
    {
        language = Lang(language);
        Check(state);
        if (state.Phase == InterviewStatus.Confirmed) return Refused(state, "already_confirmed", language);
        if (!string.Equals(state.Fingerprint, Script.Fingerprint, StringComparison.Ordinal)) return Refused(state, "script_changed", language);
        if (state.Phase != InterviewStatus.Reviewing) return Refused(state, "not_reviewing", language);
        var session = Open(state);
        var missing = session.Slots.Where(s => s.IsAnswer && s.Item.Required && session.AnswerOf(s.Key) is null).ToList();
        if (missing.Count > 0) return Refused(state, "unanswered_required", language, ("count", missing.Count));
        return new Step(state with { Phase = InterviewStatus.Confirmed, Cursor = null, ResumeTo = null }, true, null, null);
    }

    /// <summary>The "add another?" prompt: yes opens a new instance and asks its first question; no moves on.</summary>
    private Step More(Session session, Slot slot, AnswerInput input, string language)
    {
        var state = session.State;
        if (YesNoParser.Parse(input.Text ?? string.Empty) is not { } yes)
        {
            return Refuse(session, slot, BuiltInMessages.Get("not_yes_no", language), language);
        }
        if (!yes)
        {
            var answers = new Dictionary<string, AnswerValue>(state.Answers, StringComparer.Ordinal) { [slot.Key] = new AnswerValue("no") };
            return Advance(state with { Answers = answers }, slot.Key, language);
        }
        var counts = new Dictionary<string, int>(state.RepeatCounts, StringComparer.Ordinal) { [slot.Item.Name] = slot.Instance + 1 };
        var grown = state with
        {
            RepeatCounts = counts,
            Answers = state.Answers.Where(a => a.Key != slot.Key).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        };
        var next = Open(grown);
        var first = next.Slots.FirstOrDefault(s => s.Repeat == slot.Item && !s.IsMore && s.Instance == slot.Instance);
        return first is null ? Advance(grown, slot.Key, language) : Moved(grown with { Cursor = first.Key }, language);
    }

    /// <summary>Leaves the slot without an answer (a note read, an optional question skipped) and moves on.</summary>
    private Step Pass(Session session, Slot slot, string language)
    {
        var state = session.State;
        var answers = state.Answers.Where(a => a.Key != slot.Key).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var skipped = state.Skipped.Contains(slot.Key) ? state.Skipped : [.. state.Skipped, slot.Key];
        return Advance(state with { Answers = answers, Skipped = skipped }, slot.Key, language);
    }

    /// <summary>
    /// The slot after <paramref name="from"/>. After an edit, newly relevant unanswered slots before the resume point
    /// come first, then the resume point itself; at the end, any slot never visited, then the review.
    /// </summary>
    private Step Advance(InterviewState state, string from, string language)
    {
        var session = Open(state);
        var slots = session.Slots;
        var index = session.IndexOf(from);
        if (state.ResumeTo is { } resume)
        {
            var resumeAt = resume == InterviewState.ReviewMark ? slots.Count : session.IndexOf(resume);
            if (resumeAt < 0) resumeAt = slots.Count;
            for (var i = index + 1; i < resumeAt; i++)
            {
                if (!session.IsVisited(slots[i])) return Moved(state with { Cursor = slots[i].Key }, language);
            }
            if (resumeAt < slots.Count) return Moved(state with { Cursor = slots[resumeAt].Key, ResumeTo = null }, language);
            state = state with { ResumeTo = null };
        }
        else if (index + 1 < slots.Count && index >= 0)
        {
            return Moved(state with { Cursor = slots[index + 1].Key }, language);
        }
        var unvisited = slots.FirstOrDefault(s => !session.IsVisited(s));
        return unvisited is not null
            ? Moved(state with { Cursor = unvisited.Key }, language)
            : new Step(state with { Phase = InterviewStatus.Reviewing, Cursor = null }, true, null, null);
    }

    /// <summary>Refuses when nothing is being asked, or the script changed under a running interview.</summary>
    private Step? Gate(InterviewState state, string language)
    {
        Check(state);
        if (state.Phase == InterviewStatus.Confirmed) return Refused(state, "already_confirmed", language);
        if (!string.Equals(state.Fingerprint, Script.Fingerprint, StringComparison.Ordinal)) return Refused(state, "script_changed", language);
        if (state.Phase == InterviewStatus.Reviewing) return Refused(state, "reviewing", language);
        return null;
    }

    private Step Moved(InterviewState state, string language)
    {
        var session = Open(state);
        return new Step(state, true, null, CurrentSlot(session) is { } slot ? Describe(session, slot, language) : null);
    }

    private static Step Refuse(Session session, Slot slot, string reason, string language) =>
        new(session.State, false, reason, Describe(session, slot, language));

    private Step Refused(InterviewState state, string key, string language, params (string Name, object Value)[] args) =>
        new(state, false, BuiltInMessages.Get(key, language, args), state.Phase == InterviewStatus.Asking ? Current(state, language) : null);

    /// <summary>The cursor's slot; if it is gone (relevance changed), the first slot not yet visited.</summary>
    private static Slot? CurrentSlot(Session session)
    {
        var index = session.IndexOf(session.State.Cursor);
        if (index >= 0) return session.Slots[index];
        return session.Slots.FirstOrDefault(s => !session.IsVisited(s)) ?? (session.Slots.Count > 0 ? session.Slots[^1] : null);
    }

    private static Question Describe(Session session, Slot slot, string language)
    {
        var number = session.IndexOf(slot.Key) + 1;
        var total = session.Slots.Count;
        if (slot.IsMore)
        {
            return new Question(slot.Key, number, total, QuestionType.YesNo,
                session.Interpolate(slot.Item.AddLabel, null, -1, language), null, false,
                [.. session.ChoicesFor(new ScriptItem { Name = slot.Key, Type = QuestionType.YesNo }, -1).Select(c => new Choice(c.Value, c.Label.For(language)))],
                null, session.Interpolate(slot.Item.Label, null, -1, language));
        }
        var item = slot.Item;
        var choices = session.ChoicesFor(item, slot.Instance);
        var current = session.AnswerOf(slot.Key) ?? item.Default;
        return new Question(item.Name, number, total, item.Type,
            session.Interpolate(item.Label, item.Parent, slot.Instance, language),
            item.Hint is null ? null : session.Interpolate(item.Hint, item.Parent, slot.Instance, language),
            item.Required,
            item.Type is QuestionType.SelectOne or QuestionType.SelectMany or QuestionType.YesNo
                ? [.. choices.Select(c => new Choice(c.Value, c.Label.For(language)))]
                : [],
            current is null ? null : AnswerValues.Display(item.Type, current, choices, language),
            RepeatLabel(session, slot, language));
    }

    private static string? RepeatLabel(Session session, Slot slot, string language) =>
        slot.Item.Parent is { } repeat
            ? $"{session.Interpolate(repeat.Label, null, -1, language)} {slot.Instance + 1}"
            : null;
}
