namespace Takomil.Interviews;

/// <summary>
/// Runs one script, one question at a time. Pure: every command takes a state and returns a new one (or the same
/// one with a localised reason), so the chat side can store the state as JSON between messages.
/// </summary>
public sealed partial class InterviewEngine
{
    public InterviewEngine(InterviewScript script)
        : this(script, TimeProvider.System)
    {
    }

    /// <param name="time">Source of today() in expressions.</param>
    public InterviewEngine(InterviewScript script, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(time);
        Script = script;
        Time = time;
    }

    public InterviewScript Script { get; }

    internal TimeProvider Time { get; }

    private ScriptDefinition Definition => Script.Definition;

    /// <summary>context: e.g. "service" for ${service} in labels, "inspection_year" for the statistics years.</summary>
    public InterviewState Start(IReadOnlyDictionary<string, string>? context = null)
    {
        var state = new InterviewState(
            Script.Id,
            Script.Fingerprint,
            InterviewStatus.Asking,
            null,
            null,
            new Dictionary<string, string>(context ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            new Dictionary<string, AnswerValue>(StringComparer.Ordinal),
            [],
            new Dictionary<string, int>(StringComparer.Ordinal));
        var session = Open(state);
        return session.Slots.Count == 0
            ? state with { Phase = InterviewStatus.Reviewing }
            : state with { Cursor = session.Slots[0].Key };
    }

    public InterviewStatus Status(InterviewState state)
    {
        Check(state);
        return state.Phase;
    }

    /// <summary>The question being asked; null when reviewing or confirmed.</summary>
    public Question? Current(InterviewState state, string language)
    {
        Check(state);
        if (state.Phase != InterviewStatus.Asking) return null;
        var session = Open(state);
        return CurrentSlot(session) is { } slot ? Describe(session, slot, Lang(language)) : null;
    }

    /// <summary>Every answered/calculated value with its binding (displays in uz-Latn).</summary>
    public IReadOnlyList<BoundValue> Values(InterviewState state) => Values(state, "uz-Latn");

    /// <summary>
    /// Every relevant answered or calculated value in script order, bound to its model path (or "answers.{name}").
    /// Answers of questions that are no longer relevant are kept in the state but not returned.
    /// </summary>
    public IReadOnlyList<BoundValue> Values(InterviewState state, string language)
    {
        Check(state);
        language = Lang(language);
        var session = Open(state);
        var asked = session.Slots.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var values = new List<BoundValue>();
        foreach (var item in Definition.Items)
        {
            if (item.Kind == ItemKind.Repeat)
            {
                if (!session.IsRelevant(item, -1)) continue;
                for (var i = 0; i < session.RepeatCount(item); i++)
                {
                    foreach (var child in item.Children) AddValue(session, child, i, asked, language, values);
                }
            }
            else
            {
                AddValue(session, item, -1, asked, language, values);
            }
        }
        return values;
    }

    public Summary Summary(InterviewState state, string language)
    {
        Check(state);
        language = Lang(language);
        var session = Open(state);
        var lines = new List<SummaryLine>();
        for (var i = 0; i < session.Slots.Count; i++)
        {
            var slot = session.Slots[i];
            if (!slot.IsAnswer) continue;
            var answer = session.AnswerOf(slot.Key);
            var display = answer is null
                ? BuiltInMessages.Get("no_answer", language)
                : AnswerValues.Display(slot.Item.Type, answer, session.ChoicesFor(slot.Item, slot.Instance), language);
            lines.Add(new SummaryLine(i + 1, session.Interpolate(slot.Item.Label, slot.Item.Parent, slot.Instance, language),
                display, RepeatLabel(session, slot, language)));
        }
        return new Summary(lines);
    }

    private static void AddValue(Session session, ScriptItem item, int instance, HashSet<string> asked, string language, List<BoundValue> values)
    {
        var key = Slot.KeyOf(item, instance);
        var path = item.Bind is { } bind
            ? bind.Replace("[]", $"[{instance}]", StringComparison.Ordinal)
            : "answers." + key;
        if (item.Kind == ItemKind.Calculate)
        {
            var value = session.ValueOf(item, instance);
            if (!value.IsNull) values.Add(new BoundValue(path, AnswerValues.ToTyped(value), AnswerValues.Display(value, language)));
            return;
        }
        if (item.Kind != ItemKind.Question || item.Type == QuestionType.Note || !asked.Contains(key)) return;
        if (session.AnswerOf(key) is not { } answer) return;
        values.Add(new BoundValue(path, AnswerValues.ToTyped(item.Type, answer),
            AnswerValues.Display(item.Type, answer, session.ChoicesFor(item, instance), language)));
    }

    private Session Open(InterviewState state) =>
        new(Definition, state, DateOnly.FromDateTime(Time.GetLocalNow().DateTime));

    private void Check(InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.ScriptId, Script.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The state belongs to script '{state.ScriptId}', not '{Script.Id}'.", nameof(state));
        }
    }

    private static string Lang(string? language) => LocalText.Languages.Normalize(language);
}
