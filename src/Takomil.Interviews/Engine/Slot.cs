namespace Takomil.Interviews;

/// <summary>
/// One place in the interview's current sequence: a question at the top level, a question of one repeat instance,
/// or the "add another?" prompt after a repeat (<see cref="IsMore"/>).
/// </summary>
internal sealed record Slot(string Key, ScriptItem Item, int Instance, bool IsMore)
{
    public ScriptItem? Repeat => IsMore ? Item : Item.Parent;

    /// <summary>Notes and "add another?" prompts are shown but are not answers the summary lists or edits.</summary>
    public bool IsAnswer => !IsMore && Item.Type != QuestionType.Note;

    public static string KeyOf(ScriptItem item, int instance) =>
        item.Parent is null ? item.Name : $"{item.Parent.Name}[{instance}].{item.Name}";

    public static string MoreKey(ScriptItem repeat) => repeat.Name + "#more";
}
