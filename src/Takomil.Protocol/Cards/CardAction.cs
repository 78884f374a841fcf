using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Takomil.Protocol.Cards;

/// <summary>A card action (Adaptive Card 1.5 <c>ImplementationsOf.Action</c>).</summary>
public abstract partial record CardAction
{
    public const string VerbPattern = "^[A-Za-z][A-Za-z0-9._-]{0,63}$";

    private protected CardAction(string type) => Type = type;

    [JsonPropertyOrder(-100)]
    public string Type { get; }

    [JsonPropertyOrder(-90)]
    public string? Title { get; init; }

    [JsonPropertyOrder(-89)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-88)]
    public ActionStyle? Style { get; init; }

    /// <summary>The ids this action sends, for whole-card checks.</summary>
    internal virtual ActionData? SentData => null;

    /// <summary>A card this action opens (Action.ShowCard), for whole-card checks.</summary>
    internal virtual AdaptiveCard? NestedCard => null;

    /// <summary>Throws unless <paramref name="verb"/> is a short dotted name such as <c>inspection.approve</c>.</summary>
    public static string RequireVerb(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        if (!VerbRegex().IsMatch(verb))
        {
            throw new ArgumentException($"Verb '{verb}' must match {VerbPattern}.", nameof(verb));
        }

        return verb;
    }

    [GeneratedRegex(VerbPattern, RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();
}

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <c>{verb, data}</c>. Clients older than 1.4 use <see cref="Fallback"/>: an <c>Action.Submit</c>
/// with the same title and style whose data is <c>{verb, ...data}</c>, which arrives as a message
/// whose <c>value.verb</c> names the same verb — so one handler per verb serves both (brief §4).
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public ExecuteAction(string verb, ActionData? data = null)
        : base("Action.Execute")
    {
        Verb = RequireVerb(verb);
        Data = data;
    }

    public string Verb { get; }

    public ActionData? Data { get; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>False only where a fallback is meaningless (the card's refresh action).</summary>
    [JsonIgnore]
    public bool WithSubmitFallback { get; init; } = true;

    /// <summary>Derived when written, so it always matches this action's current title, style and data.</summary>
    public SubmitAction? Fallback => WithSubmitFallback
        ? new SubmitAction(Verb, Data) { Title = Title, Style = Style, AssociatedInputs = AssociatedInputs }
        : null;

    internal override ActionData? SentData => Data;

    public static ExecuteAction Create(string verb, string title, IReadOnlyDictionary<string, string>? ids = null, ActionStyle? style = null) =>
        new(verb, ids is null ? null : ActionData.From(ids)) { Title = title, Style = style };
}

/// <summary>
/// <c>Action.Submit</c>: arrives as a plain message whose <c>value</c> is the data merged with the
/// inputs. Its data always starts with <c>verb</c> so it routes exactly like <see cref="ExecuteAction"/>.
/// </summary>
public sealed record SubmitAction : CardAction
{
    public SubmitAction(string verb, ActionData? data = null)
        : base("Action.Submit")
    {
        Verb = RequireVerb(verb);
        Data = (data ?? ActionData.Empty).WithVerb(Verb);
    }

    [JsonIgnore]
    public string Verb { get; }

    /// <summary><c>{verb, ...ids}</c>.</summary>
    public ActionData Data { get; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    internal override ActionData? SentData => Data;
}

/// <summary><c>Action.OpenUrl</c>: opens a link; sends nothing to the bot.</summary>
public sealed record OpenUrlAction(Uri Url) : CardAction("Action.OpenUrl")
{
    public Uri Url { get; } = Url ?? throw new ArgumentNullException(nameof(Url));
}

/// <summary><c>Action.ShowCard</c>: reveals a nested card (its inputs are gathered with the parent's).</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction("Action.ShowCard")
{
    public AdaptiveCard Card { get; } = Card ?? throw new ArgumentNullException(nameof(Card));

    internal override AdaptiveCard? NestedCard => Card;
}
