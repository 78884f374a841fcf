using System.Text.Json.Serialization;

namespace Takomil.Protocol.Cards;

/// <summary><c>FactSet</c>: title/value pairs, shown as a two-column table.</summary>
public sealed record FactSet : CardElement
{
    public FactSet(IReadOnlyList<Fact> facts)
        : base("FactSet")
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = facts;
    }

    public IReadOnlyList<Fact> Facts { get; }
}

/// <summary>
/// One fact. Hosts render both title and value as markdown (the JavaScript renderer builds a
/// <c>TextBlock</c> for each), so facts are made like <see cref="TextBlock"/>: plain or trusted.
/// </summary>
public sealed record Fact
{
    private Fact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public string Title { get; }

    public string Value { get; }

    /// <summary>Any text from outside Takomil: both parts are escaped.</summary>
    public static Fact Plain(string title, string value) => new(MarkdownText.Escape(title), MarkdownText.Escape(value));

    /// <summary>A trusted markdown title (resource text) with a user-supplied value, which is escaped.</summary>
    public static Fact WithPlainValue(string trustedTitle, string value)
    {
        ArgumentNullException.ThrowIfNull(trustedTitle);
        return new Fact(trustedTitle, MarkdownText.Escape(value));
    }

    /// <summary>Both parts trusted markdown written by Takomil.</summary>
    public static Fact Markdown(string trustedTitle, string trustedValue)
    {
        ArgumentNullException.ThrowIfNull(trustedTitle);
        ArgumentNullException.ThrowIfNull(trustedValue);
        return new Fact(trustedTitle, trustedValue);
    }
}
