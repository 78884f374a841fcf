namespace Takomil.Protocol.Cards;

/// <summary>
/// Base of the input elements. Input values are merged into the action's data under the input's
/// id, so ids follow the same rules as data keys (<see cref="ActionData.IsValidKey"/>). Labels,
/// placeholders and compact choice titles are plain text in every host; toggle titles and
/// expanded choice titles are plain in Teams but markdown in the JavaScript renderer's default
/// settings, so keep them to Takomil's own texts or ids where possible.
/// </summary>
public abstract record CardInput : CardElement
{
    private protected CardInput(string type, string id)
        : base(type)
    {
        if (!ActionData.IsValidKey(id))
        {
            throw new ArgumentException($"Input id '{id}' must match {ActionData.KeyPattern} and not be reserved.", nameof(id));
        }

        Id = id;
    }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown when validation fails; set it whenever <see cref="IsRequired"/> or a regex is set.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary><c>Input.Text</c>.</summary>
public sealed record TextInput : CardInput
{
    public TextInput(string id)
        : base("Input.Text", id)
    {
    }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>Checked by the client only; the bot validates again.</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }

    public string? Value { get; init; }
}

/// <summary><c>Input.Number</c>.</summary>
public sealed record NumberInput : CardInput
{
    public NumberInput(string id)
        : base("Input.Number", id)
    {
    }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public string? Placeholder { get; init; }

    public decimal? Value { get; init; }
}

/// <summary><c>Input.Date</c>; dates are written as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput : CardInput
{
    public DateInput(string id)
        : base("Input.Date", id)
    {
    }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public string? Placeholder { get; init; }

    public DateOnly? Value { get; init; }
}

/// <summary><c>Input.Toggle</c>: a checkbox sending <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput : CardInput
{
    public ToggleInput(string id, string title)
        : base("Input.Toggle", id)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    public string Title { get; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}

/// <summary><c>Input.ChoiceSet</c>: a drop-down (compact) or radio/check list (expanded).</summary>
public sealed record ChoiceSetInput : CardInput
{
    public ChoiceSetInput(string id, IReadOnlyList<Choice> choices)
        : base("Input.ChoiceSet", id)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>The preselected value(s); several are comma-separated when multi-select.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}

/// <summary>One choice: a title to show and the id it sends.</summary>
public sealed record Choice(string Title, string Value)
{
    public string Title { get; } = Title ?? throw new ArgumentNullException(nameof(Title));

    public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));
}
