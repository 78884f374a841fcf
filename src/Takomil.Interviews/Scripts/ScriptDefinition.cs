using Takomil.Domain.Common;

namespace Takomil.Interviews;

/// <summary>A script as read from YAML: header plus its items (questions, calculations, repeat groups).</summary>
internal sealed class ScriptDefinition
{
    public required string FileName { get; init; }

    public required string Id { get; init; }

    public int IdLine { get; init; }

    public required string Fingerprint { get; init; }

    public required LocalText Title { get; init; }

    public required LocalText Purpose { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public int EstimatedMinutes { get; init; }

    public IReadOnlyList<string> ContextNames { get; init; } = [];

    public required IReadOnlyList<ScriptItem> Items { get; init; }

    /// <summary>Every item by name, repeat children included (filled by the validator; duplicates keep the first).</summary>
    public Dictionary<string, ScriptItem> ByName { get; } = new(StringComparer.Ordinal);
}

internal enum ItemKind
{
    Question = 0,
    Calculate = 1,
    Repeat = 2,
}

internal sealed record ChoiceDefinition(string Value, LocalText Label, int Line);

/// <summary>One entry of a script's questions list.</summary>
internal sealed class ScriptItem
{
    public required string Name { get; init; }

    public int Line { get; init; }

    public ItemKind Kind { get; init; }

    public QuestionType Type { get; init; }

    public LocalText? Label { get; init; }

    public LocalText? Hint { get; init; }

    public bool Required { get; init; }

    public LocalText? RequiredMessage { get; init; }

    public Expression? Constraint { get; init; }

    public LocalText? ConstraintMessage { get; init; }

    public Expression? Relevant { get; init; }

    public Expression? Calculation { get; init; }

    /// <summary>The default as written; parsed like an answer when the script is validated.</summary>
    public string? DefaultText { get; init; }

    public AnswerValue? Default { get; set; }

    public string? Bind { get; init; }

    public int BindLine { get; init; }

    public IReadOnlyList<ChoiceDefinition> Choices { get; init; } = [];

    /// <summary>A question inside a repeat whose answers become the choices (documents named earlier...).</summary>
    public string? ChoicesFrom { get; init; }

    /// <summary>Optional sibling of <see cref="ChoicesFrom"/> whose answer is the choice's value (e.g. a step's key).</summary>
    public string? ChoiceValue { get; init; }

    public int? MaxLength { get; init; }

    public TimeUnit? DefaultUnit { get; init; }

    public int Min { get; init; }

    public int Max { get; init; } = int.MaxValue;

    /// <summary>The "add another ...?" prompt of a repeat.</summary>
    public LocalText? AddLabel { get; init; }

    public IReadOnlyList<ScriptItem> Children { get; set; } = [];

    /// <summary>The repeat this item belongs to, or null at the top level (set by the reader).</summary>
    public ScriptItem? Parent { get; set; }

    public bool IsAsked => Kind == ItemKind.Question;
}
