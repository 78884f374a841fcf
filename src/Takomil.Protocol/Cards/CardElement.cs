using System.Text.Json.Serialization;

namespace Takomil.Protocol.Cards;

/// <summary>An element of a card body (Adaptive Card 1.5 <c>ImplementationsOf.Element</c>).</summary>
public abstract record CardElement
{
    // The element set is closed: only types the schema and renderer tests cover can exist.
    private protected CardElement(string type) => Type = type;

    /// <summary>The element's <c>type</c> discriminator, always written first.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; }

    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    /// <summary>When true, a line is drawn above the element.</summary>
    public bool? Separator { get; init; }

    /// <summary>Elements nested inside this one, for whole-card checks.</summary>
    internal virtual IEnumerable<CardElement> ChildElements => [];

    /// <summary>Actions held by this element, for whole-card checks.</summary>
    internal virtual IEnumerable<CardAction> ChildActions => [];
}
