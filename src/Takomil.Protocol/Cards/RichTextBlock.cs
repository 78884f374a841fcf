using System.Text.Json.Serialization;

namespace Takomil.Protocol.Cards;

/// <summary>
/// <c>RichTextBlock</c> of <see cref="TextRun"/>s. A text run is never read as markdown (schema:
/// "Markdown is not supported"), so this is the exact way to show long user text unchanged on
/// every client, and to mix bold labels with user text without escaping (see <see cref="TextRun"/>).
/// </summary>
public sealed record RichTextBlock : CardElement
{
    public RichTextBlock(IReadOnlyList<TextRun> inlines)
        : base("RichTextBlock")
    {
        ArgumentNullException.ThrowIfNull(inlines);
        Inlines = inlines;
    }

    public IReadOnlyList<TextRun> Inlines { get; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>User text in one plain run.</summary>
    public static RichTextBlock Plain(string userText) => new([new TextRun(userText)]);
}

/// <summary>A run of literal text inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun
{
    /// <summary>Shown literally: no markdown applies and <c>{{DATE()}}</c>-style functions are disarmed.</summary>
    public TextRun(string text) => Text = TextFunctions.Disarm(text ?? throw new ArgumentNullException(nameof(text)));

    [JsonPropertyOrder(-100)]
    public string Type { get; } = "TextRun";

    public string Text { get; }

    public FontWeight? Weight { get; init; }

    public FontSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }
}
