namespace Takomil.Interviews;

/// <summary>
/// Everything an interview in progress needs, as plain data: the chat side stores it as JSON and hands it back.
/// Slot keys name one asked place: "name" at the top level, "repeat[2].name" inside the third instance of a repeat,
/// "repeat#more" for the "add another?" prompt of a repeat.
/// </summary>
/// <param name="Cursor">The slot being asked, or null while reviewing / after confirmation.</param>
/// <param name="ResumeTo">After an edit: the slot (or <see cref="ReviewMark"/>) to continue from.</param>
/// <param name="Answers">Answers by slot key; answers of slots that became irrelevant are kept but not bound.</param>
/// <param name="Skipped">Optional slots the interviewee passed without answering.</param>
/// <param name="RepeatCounts">Instances of each repeat group (absent: its minimum).</param>
public sealed record InterviewState(
    string ScriptId,
    string Fingerprint,
    InterviewStatus Phase,
    string? Cursor,
    string? ResumeTo,
    IReadOnlyDictionary<string, string> Context,
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyList<string> Skipped,
    IReadOnlyDictionary<string, int> RepeatCounts)
{
    public const string ReviewMark = "#review";
}

/// <summary>
/// A stored answer in canonical form: scalar types in <see cref="Text"/> (invariant numbers, ISO dates,
/// "5 WorkingDays" durations, "yes"/"no", the choice value, or the verbatim text), select-many values in
/// <see cref="Items"/>, people and files in their own lists.
/// </summary>
public sealed record AnswerValue(
    string? Text,
    IReadOnlyList<string>? Items = null,
    IReadOnlyList<PersonRef>? People = null,
    IReadOnlyList<FileRef>? Files = null);
