using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Interviews;
using Takomil.Protocol.Cards;
using CardChoice = Takomil.Protocol.Cards.Choice;

namespace Takomil.Bot.Interviews.Cards;

/// <summary>
/// One question per message: the question, its hint, the progress "7 / 23" and an input suited to its type. Every
/// button carries the session id and the asked slot only; the answer is the input's value, and the database decides
/// whether this is still the question being asked. Labels, hints and values come from scripts and people: plain text.
/// </summary>
public sealed class QuestionCard(Texts texts)
{
    public const string AnswerVerb = "interview.answer";
    public const string SkipVerb = "interview.skip";
    public const string BackVerb = "interview.back";
    public const string PauseVerb = "interview.pause";
    public const string SessionKey = "sessionId";
    public const string SlotKey = "slot";
    public const string InputId = "answer";

    private const int CompactChoicesFrom = 6;
    private const int MaxTextLength = 4000;
    private const int MaxShortTextLength = 1000;

    public AdaptiveCard Build(Guid sessionId, string? slot, string scriptTitle, Question question, CultureInfo culture, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var body = new List<CardElement>();
        if (reason is not null)
        {
            body.Add(new Container([TextBlock.Plain(reason) with { Weight = FontWeight.Bolder }]) { Style = ContainerStyle.Attention });
        }
        var progress = texts.Format("Interview.Progress", culture, question.Number, question.Total);
        body.Add(new ColumnSet(
        [
            new Column([TextBlock.Plain(scriptTitle) with { IsSubtle = true, Size = FontSize.Small }]) { Width = Column.Stretch },
            new Column([TextBlock.Markdown(progress) with { IsSubtle = true, Size = FontSize.Small, HorizontalAlignment = HorizontalAlignment.Right }]) { Width = Column.Auto },
        ]));
        if (question.RepeatLabel is { } repeat) body.Add(TextBlock.Plain(repeat) with { Weight = FontWeight.Bolder, Spacing = Spacing.None });
        body.Add(TextBlock.Plain(question.Label) with { Size = FontSize.Medium, Weight = FontWeight.Bolder });
        if (question.Hint is { Length: > 0 } hint) body.Add(TextBlock.Plain(hint) with { IsSubtle = true, Spacing = Spacing.None });
        if (question.CurrentValue is { Length: > 0 } current && question.Type is not (QuestionType.Text or QuestionType.LongText))
        {
            body.Add(new FactSet([Fact.WithPlainValue(texts.Get("Interview.CurrentAnswer", culture), current)]));
        }
        if (Input(question, culture) is { } input) body.Add(input);
        var actions = new List<CardAction>
        {
            Button(AnswerVerb, texts.Get(question.Type == QuestionType.Note ? "Interview.Button.Continue" : "Interview.Button.Answer", culture), sessionId, slot, ActionStyle.Positive),
        };
        if (!question.Required && question.Type != QuestionType.Note) actions.Add(Button(SkipVerb, texts.Get("Interview.Button.Skip", culture), sessionId, slot, null, AssociatedInputs.None));
        if (question.Number > 1) actions.Add(Button(BackVerb, texts.Get("Interview.Button.Back", culture), sessionId, slot, null, AssociatedInputs.None));
        actions.Add(Button(PauseVerb, texts.Get("Interview.Button.Pause", culture), sessionId, slot, null, AssociatedInputs.None));
        body.Add(TextBlock.Markdown(texts.Get("Interview.TypeHint", culture)) with { IsSubtle = true, Size = FontSize.Small });
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = texts.Get("Interview.Card.Fallback", culture) };
    }

    /// <summary>What the answered card turns into: the question and the answer as given, no inputs left to press.</summary>
    public AdaptiveCard Answered(string scriptTitle, string label, string given, CultureInfo culture) => new()
    {
        Body =
        [
            TextBlock.Plain(scriptTitle) with { IsSubtle = true, Size = FontSize.Small },
            TextBlock.Plain(label) with { Weight = FontWeight.Bolder },
            TextBlock.Plain(given.Length == 0 ? texts.Get("Interview.NoAnswerGiven", culture) : given),
        ],
        FallbackText = texts.Get("Interview.Card.Fallback", culture),
    };

    private static ExecuteAction Button(string verb, string title, Guid sessionId, string? slot, ActionStyle? style, AssociatedInputs? inputs = null)
    {
        var ids = new Dictionary<string, string> { [SessionKey] = sessionId.ToString() };
        if (slot is not null) ids[SlotKey] = slot;
        return ExecuteAction.Create(verb, title, ids, style) with { AssociatedInputs = inputs };
    }

    private CardElement? Input(Question q, CultureInfo culture)
    {
        var label = texts.Get("Interview.Input.Label", culture);
        return q.Type switch
        {
            QuestionType.Text => new TextInput(InputId) { Label = label, MaxLength = MaxShortTextLength, Value = q.CurrentValue },
            QuestionType.LongText => new TextInput(InputId) { Label = label, IsMultiline = true, MaxLength = MaxTextLength, Value = q.CurrentValue },
            QuestionType.Integer or QuestionType.Decimal => new NumberInput(InputId) { Label = label },
            QuestionType.Money => new TextInput(InputId) { Label = label, Placeholder = texts.Get("Interview.Placeholder.Money", culture) },
            QuestionType.Duration => new TextInput(InputId) { Label = label, Placeholder = texts.Get("Interview.Placeholder.Duration", culture) },
            QuestionType.Date => new DateInput(InputId) { Label = label },
            QuestionType.YesNo => Toggle(q),
            QuestionType.SelectOne => new ChoiceSetInput(InputId, Choices(q))
            {
                Label = label,
                Style = q.Choices.Count < CompactChoicesFrom && AllPlain(q) ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
                Wrap = true,
            },
            QuestionType.SelectMany => new ChoiceSetInput(InputId, Choices(q))
            {
                Label = label, Style = AllPlain(q) ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact, IsMultiSelect = true, Wrap = true,
            },
            QuestionType.Person => new TextInput(InputId) { Label = label, Placeholder = texts.Get("Interview.Placeholder.Person", culture) },
            QuestionType.File => TextBlock.Markdown(texts.Get("Interview.AttachFile", culture)),
            _ => null,
        };
    }

    private static ToggleInput Toggle(Question q)
    {
        var yes = q.Choices.FirstOrDefault(c => c.Value == "yes")?.Label ?? "yes";
        return new ToggleInput(InputId, yes) { ValueOn = "yes", ValueOff = "no", Value = "no", Wrap = true };
    }

    /// <summary>
    /// Expanded choice titles are markdown in some renderers; choices built from earlier answers (people's words) are
    /// shown expanded only when they hold nothing markdown could read, else in the compact list, which is plain everywhere.
    /// </summary>
    private static bool AllPlain(Question q) => q.Choices.All(c => MarkdownText.Escape(c.Label) == c.Label);

    private static List<CardChoice> Choices(Question q) => [.. q.Choices.Select(c => new CardChoice(c.Label, c.Value))];
}
