namespace Takomil.Interviews;

/// <summary>
/// A read-only view of one state against its script: which slots are relevant now, what each name is worth,
/// what a select may offer. Built per command and thrown away; the state itself stays plain data.
/// </summary>
internal sealed class Session
{
    private const int MaxDepth = 64;
    private readonly Dictionary<string, ExprValue> _calculated = new(StringComparer.Ordinal);
    private List<Slot>? _slots;
    private int _depth;

    public Session(ScriptDefinition script, InterviewState state, DateOnly today)
    {
        Script = script;
        State = state;
        Today = today;
    }

    public ScriptDefinition Script { get; }

    public InterviewState State { get; }

    public DateOnly Today { get; }

    public IReadOnlyList<Slot> Slots => _slots ??= BuildSlots();

    public int IndexOf(string? key)
    {
        if (key is null) return -1;
        for (var i = 0; i < Slots.Count; i++)
        {
            if (Slots[i].Key == key) return i;
        }
        return -1;
    }

    public AnswerValue? AnswerOf(string key) => State.Answers.GetValueOrDefault(key);

    public bool IsVisited(Slot slot) => State.Answers.ContainsKey(slot.Key) || State.Skipped.Contains(slot.Key);

    public int RepeatCount(ScriptItem repeat) => State.RepeatCounts.TryGetValue(repeat.Name, out var n) ? n : repeat.Min;

    public bool IsRelevant(ScriptItem item, int instance)
    {
        if (item.Parent is { } parent && !IsRelevant(parent, -1)) return false;
        if (item.Relevant is null) return true;
        return Guarded(() => item.Relevant.Evaluate(new Scope(this, item.Kind == ItemKind.Repeat ? null : item.Parent, instance, ExprValue.Null)),
            ExprValue.Null).Truthy;
    }

    public bool Satisfies(ScriptItem item, int instance, AnswerValue value) =>
        item.Constraint is null
        || item.Constraint.Evaluate(new Scope(this, item.Parent, instance, AnswerValues.ToExpr(item.Type, value))).Truthy;

    /// <summary>The value of ${name} seen from a repeat instance (or the top level); null when it cannot be seen.</summary>
    public ExprValue Lookup(string name, ScriptItem? repeat, int instance)
    {
        if (Script.ByName.TryGetValue(name, out var item))
        {
            if (item.Parent is not null && item.Parent != repeat) return ExprValue.Null;
            var at = item.Parent is null ? -1 : instance;
            return ValueOf(item, at);
        }
        return Script.ContextNames.Contains(name) && State.Context.TryGetValue(name, out var context)
            ? ExprValue.Of(context)
            : ExprValue.Null;
    }

    public ExprValue ValueOf(ScriptItem item, int instance)
    {
        if (!IsRelevant(item, instance)) return ExprValue.Null;
        if (item.Kind == ItemKind.Calculate)
        {
            var key = Slot.KeyOf(item, instance);
            if (_calculated.TryGetValue(key, out var cached)) return cached;
            var value = Guarded(() => item.Calculation!.Evaluate(new Scope(this, item.Parent, instance, ExprValue.Null)), ExprValue.Null);
            _calculated[key] = value;
            return value;
        }
        return item.Kind == ItemKind.Question ? AnswerValues.ToExpr(item.Type, AnswerOf(Slot.KeyOf(item, instance))) : ExprValue.Null;
    }

    public int Count(string name)
    {
        if (!Script.ByName.TryGetValue(name, out var item)) return 0;
        if (item.Kind == ItemKind.Repeat) return IsRelevant(item, -1) ? RepeatCount(item) : 0;
        if (item.Parent is not { } repeat || !IsRelevant(repeat, -1)) return ValueOf(item, -1).IsNull ? 0 : 1;
        var count = 0;
        for (var i = 0; i < RepeatCount(repeat); i++)
        {
            if (!ValueOf(item, i).IsNull) count++;
        }
        return count;
    }

    /// <summary>Choices offered now: the script's list, or the answers given earlier to the choices_from question.</summary>
    public IReadOnlyList<OfferedChoice> ChoicesFor(ScriptItem item, int instance)
    {
        if (item.Type == QuestionType.YesNo)
        {
            return [new("yes", BuiltInMessages.All["yes"]), new("no", BuiltInMessages.All["no"])];
        }
        if (item.ChoicesFrom is null) return [.. item.Choices.Select(c => new OfferedChoice(c.Value, c.Label))];
        var source = Script.ByName[item.ChoicesFrom];
        var repeat = source.Parent!;
        var valueItem = item.ChoiceValue is { } v ? Script.ByName[v] : source;
        var limit = RepeatCount(repeat);
        if (item.Parent == repeat) limit = Math.Min(limit, instance); // only earlier instances of the same repeat
        var choices = new List<OfferedChoice>();
        for (var i = 0; i < limit; i++)
        {
            var label = ValueOf(source, i);
            var value = ValueOf(valueItem, i);
            if (label.IsNull || value.IsNull || string.IsNullOrWhiteSpace(value.AsText())) continue;
            var text = source.Kind == ItemKind.Question && AnswerOf(Slot.KeyOf(source, i)) is { } answer
                ? AnswerValues.Display(source.Type, answer, [], "uz-Latn")
                : label.AsText();
            if (choices.Any(c => c.Value == value.AsText())) continue;
            choices.Add(new OfferedChoice(value.AsText(), new LocalText(text, text, text, text)));
        }
        return choices;
    }

    /// <summary>A label with ${name} replaced by the display of that value; the result is never parsed again.</summary>
    public string Interpolate(LocalText? text, ScriptItem? repeat, int instance, string language)
    {
        if (text is null) return string.Empty;
        return ScriptValidator.Placeholder().Replace(text.For(language), m => DisplayOf(m.Groups[1].Value, repeat, instance, language));
    }

    public string DisplayOf(string name, ScriptItem? repeat, int instance, string language)
    {
        if (Script.ByName.TryGetValue(name, out var item) && item.Kind == ItemKind.Question
            && (item.Parent is null || item.Parent == repeat))
        {
            var at = item.Parent is null ? -1 : instance;
            return AnswerOf(Slot.KeyOf(item, at)) is { } answer && IsRelevant(item, at)
                ? AnswerValues.Display(item.Type, answer, ChoicesFor(item, at), language)
                : string.Empty;
        }
        return AnswerValues.Display(Lookup(name, repeat, instance), language);
    }

    private List<Slot> BuildSlots()
    {
        var slots = new List<Slot>();
        foreach (var item in Script.Items)
        {
            if (item.Kind == ItemKind.Question)
            {
                if (Asked(item, -1)) slots.Add(new Slot(item.Name, item, -1, false));
            }
            else if (item.Kind == ItemKind.Repeat && IsRelevant(item, -1))
            {
                var count = RepeatCount(item);
                for (var i = 0; i < count; i++)
                {
                    foreach (var child in item.Children.Where(c => c.Kind == ItemKind.Question && Asked(c, i)))
                    {
                        slots.Add(new Slot(Slot.KeyOf(child, i), child, i, false));
                    }
                }
                if (count < item.Max) slots.Add(new Slot(Slot.MoreKey(item), item, count, true));
            }
        }
        return slots;
    }

    private bool Asked(ScriptItem item, int instance) =>
        IsRelevant(item, instance) && (item.ChoicesFrom is null || ChoicesFor(item, instance).Count > 0);

    /// <summary>Relevance may (wrongly) chain in a loop; past a depth the value is simply unknown.</summary>
    private T Guarded<T>(Func<T> evaluate, T fallback)
    {
        if (_depth >= MaxDepth) return fallback;
        _depth++;
        try
        {
            return evaluate();
        }
        finally
        {
            _depth--;
        }
    }
}
