using System.Net;
using System.Text.RegularExpressions;
using Takomil.Protocol.Cards;
using Takomil.Testing.Rendering;

namespace Takomil.Protocol.Tests.Cards;

/// <summary>
/// The escaping is judged by an independent CommonMark engine (Markdig, raw HTML off, with
/// strikethrough and pipe tables): escaped user text must come out as one paragraph holding
/// exactly the original characters, with no formatting element of any kind.
/// </summary>
public partial class MarkdownTextTests
{
    public static TheoryData<string> Hostile => new()
    {
        "**bold** and __bold__",
        "*italic* and _italic_",
        "[a link](https://evil.example) and ![image](https://evil.example/x.png)",
        "[ref][1]",
        "<https://evil.example> and <b>html</b> and <script>alert(1)</script>",
        "`code` and ``more code``",
        "~~struck~~ and ~single~",
        "&amp; &lt;b&gt; &#42; &copy;",
        "a | b | c",
        "# heading",
        "### heading",
        "- item",
        "+ item",
        "* item",
        "1. item",
        "12) item",
        "> quote",
        "---",
        "***",
        "___",
        "===",
        "\\*already escaped\\* and a trailing backslash\\",
        "${inspection.secret} and {{DATE(2025-01-01T00:00:00Z, SHORT)}}",
        "a_b_c@mail.uz and snake_case_name",
        "Oʻzbekiston: \"Yagona portal\" — 100% (ожидает)",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escape_HostileLine_RendersAsTheSameLiteralText(string userText)
    {
        var html = CardMarkdown.ToHtml(MarkdownText.Escape(userText));

        var match = Paragraph().Match(html);
        Assert.True(match.Success, $"expected one plain paragraph, got: {html}");
        Assert.DoesNotContain("<", match.Groups[1].Value, StringComparison.Ordinal);
        Assert.Equal(userText, WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    [Fact]
    public void Escape_MultiLineMarkdown_StaysOneLiteralParagraph()
    {
        const string userText = "# title\n- one\n2. two\n> three\n===\n| a | b |\n|---|---|";

        var html = CardMarkdown.ToHtml(MarkdownText.Escape(userText));

        var match = Paragraph().Match(html);
        Assert.True(match.Success, html);
        Assert.Equal(userText, WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    [Fact]
    public void Escape_IndentedListMarker_IsNoList()
    {
        // CommonMark drops a paragraph's leading spaces; what matters is that no list appears.
        var html = CardMarkdown.ToHtml(MarkdownText.Escape("   - indented item"));

        Assert.Equal("<p>- indented item</p>", html);
    }

    [Fact]
    public void Escape_UnescapedControl_WouldFormat()
    {
        // Guards the oracle itself: the same inputs, unescaped, do produce formatting.
        Assert.Contains("<strong>", CardMarkdown.ToHtml("**bold**"), StringComparison.Ordinal);
        Assert.Contains("<h1>", CardMarkdown.ToHtml("# heading"), StringComparison.Ordinal);
        Assert.Contains("<a href", CardMarkdown.ToHtml("[a](https://x.example)"), StringComparison.Ordinal);
        Assert.Contains("<del>", CardMarkdown.ToHtml("~~x~~"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ministry of Justice, 2025-06-30, 3.5 points (draft)")]
    [InlineData("Oʻzbekiston Respublikasi Vazirlar Mahkamasining 184-son qarori")]
    [InlineData("Министерство юстиции — отдел №3")]
    [InlineData("user@mail.uz, https://my.gov.uz/oz, +998 90 123-45-67!")]
    public void Escape_OrdinaryText_IsUnchanged(string text)
    {
        Assert.Equal(text, MarkdownText.Escape(text));
    }

    [Fact]
    public void Escape_TextFunctionsAndTemplates_BreaksTheDoubleBraces()
    {
        var escaped = MarkdownText.Escape("{{DATE(2025-01-01T00:00:00Z)}} ${x}");

        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("${", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void TextBlock_PlainAndMarkdown_OnlyPlainIsEscaped()
    {
        Assert.Equal("\\*\\*x\\*\\*", TextBlock.Plain("**x**").Text);
        Assert.Equal("**x**", TextBlock.Markdown("**x**").Text);
    }

    [Fact]
    public void TextRun_TextFunction_IsDisarmedInvisibly()
    {
        var run = new TextRun("{{DATE(2025-01-01T00:00:00Z)}} **kept**");

        Assert.DoesNotContain("{{", run.Text, StringComparison.Ordinal);
        Assert.Equal("{{DATE(2025-01-01T00:00:00Z)}} **kept**", run.Text.Replace("\u2060", string.Empty, StringComparison.Ordinal));
    }

    [GeneratedRegex("^<p>(.*)</p>$", RegexOptions.Singleline)]
    private static partial Regex Paragraph();
}
