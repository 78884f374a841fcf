namespace Takomil.Interviews;

public enum InterviewStatus
{
    Asking = 0,

    /// <summary>All answered, summary shown, awaiting confirm.</summary>
    Reviewing = 1,

    Confirmed = 2,
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name",
    Justification = "The XLSForm-style question types of the shared interview contract: integer and decimal answers.")]
public enum QuestionType
{
    Text = 0,
    LongText = 1,
    Integer = 2,
    Decimal = 3,
    Money = 4,
    Date = 5,
    Duration = 6,
    YesNo = 7,
    SelectOne = 8,
    SelectMany = 9,
    Person = 10,
    File = 11,
    Note = 12,
}

/// <summary>
/// What the interviewee sent: typed text, card input, mentions (Teams &lt;at&gt; entities resolved by the chat side)
/// and attachments. The engine never trusts or renders markup: it stores text verbatim.
/// </summary>
public sealed record AnswerInput(string? Text, IReadOnlyList<PersonRef> People, IReadOnlyList<FileRef> Files)
{
    /// <summary>Plain typed text, no mentions, no attachments.</summary>
    public static AnswerInput FromText(string? text) => new(text, [], []);
}

public sealed record PersonRef(string Name, string? UserId, string? Email);

public sealed record FileRef(string Name, string? ContentUrl, string? ContentType);

/// <summary>One question as the chat side shows it. <see cref="Number"/> / <see cref="Total"/> is the progress.</summary>
/// <param name="Total">The number of relevant slots now (it grows when a repeat gets another instance).</param>
/// <param name="Choices">For SelectOne/SelectMany/YesNo (YesNo: two choices, values "yes" and "no").</param>
/// <param name="CurrentValue">Display text of the value already given (after back/edit), or of the default; else null.</param>
/// <param name="RepeatLabel">E.g. "Procedure 3" inside a repeat group, else null.</param>
public sealed record Question(
    string Name,
    int Number,
    int Total,
    QuestionType Type,
    string Label,
    string? Hint,
    bool Required,
    IReadOnlyList<Choice> Choices,
    string? CurrentValue,
    string? RepeatLabel);

public sealed record Choice(string Value, string Label);

/// <summary>
/// The result of a command. Accepted=false: <see cref="Reason"/> is a localised sentence saying why, the state is
/// unchanged and <see cref="Next"/> is the same question again.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "Name fixed by the shared interview contract; only VB reserves it.")]
public sealed record Step(InterviewState State, bool Accepted, string? Reason, Question? Next);

public sealed record Summary(IReadOnlyList<SummaryLine> Lines);

public sealed record SummaryLine(int Number, string Label, string Display, string? RepeatLabel);

/// <summary>
/// A value bound to a path of the inspection model, e.g. "facts.legalActs[2].title" or "asis.procedures[3].timeLimit".
/// Value is the typed value (string, long, decimal, DateOnly, TimeLimit, Amount, bool, string[], PersonRef[], FileRef[]).
/// Questions without a binding come back under "answers.{name}" (or "answers.{repeat}[i].{name}"); the binder ignores them.
/// </summary>
public sealed record BoundValue(string Path, object? Value, string Display);
