namespace Takomil.Protocol.Cards;

/// <summary>
/// <c>TextBlock</c>. Its text is read as markdown by every Teams client, so it is made only through
/// <see cref="Plain"/> (anything a user typed, escaped by <see cref="MarkdownText.Escape"/>) or
/// <see cref="Markdown"/> (Takomil's own resource texts). Takomil never uses Adaptive Card
/// templating: cards are sent fully built, so <c>${...}</c> in a text is not expanded by Teams;
/// <see cref="Plain"/> still escapes the braces so the text also stays literal if a templating
/// host or the <c>{{DATE(...)}}</c> text functions ever see it.
/// </summary>
public sealed record TextBlock : CardElement
{
    private TextBlock(string text)
        : base("TextBlock") => Text = text;

    public string Text { get; private init; }

    /// <summary>Set by both factories: clipped text is never what a Takomil card wants.</summary>
    public bool? Wrap { get; init; }

    public FontWeight? Weight { get; init; }

    public FontSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }

    /// <summary>Text a user (or any outside source) supplied: shown literally, never as markdown.</summary>
    public static TextBlock Plain(string userText) => new(MarkdownText.Escape(userText)) { Wrap = true };

    /// <summary>Trusted markdown written by Takomil itself (resource texts); never pass user input.</summary>
    public static TextBlock Markdown(string trustedMarkdown)
    {
        ArgumentNullException.ThrowIfNull(trustedMarkdown);
        return new TextBlock(trustedMarkdown) { Wrap = true };
    }
}
