using System.Text.Json.Serialization;

namespace Takomil.Protocol.Cards;

/// <summary><c>Container</c>: groups elements, optionally with a background style.</summary>
public sealed record Container : CardElement
{
    public Container(IReadOnlyList<CardElement> items)
        : base("Container")
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    public IReadOnlyList<CardElement> Items { get; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    internal override IEnumerable<CardElement> ChildElements => Items;
}

/// <summary><c>ColumnSet</c>: columns side by side.</summary>
public sealed record ColumnSet : CardElement
{
    public ColumnSet(IReadOnlyList<Column> columns)
        : base("ColumnSet")
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
    }

    public IReadOnlyList<Column> Columns { get; }

    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    internal override IEnumerable<CardElement> ChildElements => Columns.SelectMany(c => c.Items);
}

/// <summary>
/// A column of a <see cref="ColumnSet"/>. Not a body element: the schema allows it only inside a
/// column set, so it does not derive from <see cref="CardElement"/>.
/// </summary>
public sealed record Column
{
    /// <summary>Takes only the room its content needs.</summary>
    public const string Auto = "auto";

    /// <summary>Shares the remaining room.</summary>
    public const string Stretch = "stretch";

    public Column(IReadOnlyList<CardElement> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    [JsonPropertyOrder(-100)]
    public string Type { get; } = "Column";

    public IReadOnlyList<CardElement> Items { get; }

    /// <summary><see cref="Auto"/>, <see cref="Stretch"/> or a pixel width such as <c>"80px"</c>.</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}

/// <summary><c>Image</c>. Its URL must be reachable by the client (https or a data URI).</summary>
public sealed record Image : CardElement
{
    public Image(Uri url, string altText)
        : base("Image")
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(altText);
        Url = url;
        AltText = altText;
    }

    public Uri Url { get; }

    /// <summary>Required here (optional in the schema): screen readers need it.</summary>
    public string AltText { get; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>What a click on the image does; <see cref="OpenUrlAction"/> to open the full-size picture.</summary>
    public OpenUrlAction? SelectAction { get; init; }

    internal override IEnumerable<CardAction> ChildActions => SelectAction is null ? [] : [SelectAction];
}

/// <summary><c>ActionSet</c>: buttons placed inside the body, between elements.</summary>
public sealed record ActionSet : CardElement
{
    public ActionSet(IReadOnlyList<CardAction> actions)
        : base("ActionSet")
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = actions;
    }

    public IReadOnlyList<CardAction> Actions { get; }

    internal override IEnumerable<CardAction> ChildActions => Actions;
}
