using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Takomil.Domain.Common;
using Takomil.Reports.Markdown;
using Takomil.Reports.Tests.Sample;
using Takomil.Reports.Texts;

namespace Takomil.Reports.Tests.Markdown;

/// <summary>The Markdown report, read back with Markdig's GitHub-flavoured pipeline.</summary>
public sealed class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<UiLanguage> AllLanguages() => new(Enum.GetValues<UiLanguage>());

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Write_Sample_HasTheSectionsInOrderUnderOneTitle(UiLanguage language)
    {
        var t = new ReportTexts(language);
        var document = Markdig.Markdown.Parse(MarkdownReportWriter.Write(SampleReport.Build(language)), Gfm);
        var headings = document.Descendants<HeadingBlock>().ToList();
        Assert.Single(headings, h => h.Level == 1);
        Assert.Contains(SampleReport.ServiceName(language), Text(headings[0]), StringComparison.Ordinal);
        string[] expected =
        [
            t["General.Heading"], "1. " + t["Section.LegalBasis"], "2. " + t["Section.Facts"], "3. " + t["Section.AsIs"],
            "4. " + t["Section.Findings"], "5. " + t["Section.Measures"], "6. " + t["Section.ToBe"], "7. " + t["Section.Comparison"],
            "8. " + t["Section.Plan"], t["Section.Annexes"],
        ];
        Assert.Equal(expected, headings.Where(h => h.Level == 2).Select(Text));
        Assert.Equal(10, headings.Count(h => h.Level == 3 && Text(h).StartsWith("2.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Sample_TablesParseWithTheirColumnsAndRows()
    {
        var content = SampleReport.Build(UiLanguage.UzLatn);
        var document = Markdig.Markdown.Parse(MarkdownReportWriter.Write(content), Gfm);
        var tables = document.Descendants<Table>().ToList();
        Assert.True(tables.Count >= 15, $"only {tables.Count} tables");
        var plan = tables.Single(tb => tb.Count == content.ActionPlan.Count + 1 && ((TableRow)tb[0]).Count == 7);
        var firstRow = (TableRow)plan[1];
        Assert.Equal(content.ActionPlan[0].Action, Text((TableCell)firstRow[2]));
        var procedures = tables.First(tb => tb.Count == content.AsIs.Procedures.Count + 1);
        Assert.Equal(content.AsIs.Procedures[5].Title, Text((TableCell)((TableRow)procedures[6])[1]));
    }

    [Fact]
    public void Write_Sample_ReferencesThePicturesByTheirFileNames()
    {
        var document = Markdig.Markdown.Parse(MarkdownReportWriter.Write(SampleReport.Build(UiLanguage.Ru)), Gfm);
        var images = document.Descendants<LinkInline>().Where(l => l.IsImage).Select(l => l.Url).ToList();
        Assert.Equal(["diagrams/as-is.png", "diagrams/to-be.png", "charts/comparison.png"], images);
    }

    [Fact]
    public void Write_HostileStrings_StayLiteralText()
    {
        var markdown = MarkdownReportWriter.Write(HostileReport.Build());
        var document = Markdig.Markdown.Parse(markdown, Gfm);
        Assert.DoesNotContain(document.Descendants<HtmlInline>(), _ => true);
        Assert.DoesNotContain(document.Descendants<HtmlBlock>(), _ => true);
        Assert.DoesNotContain(document.Descendants<EmphasisInline>(), e => Text(e).Contains("bold", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Descendants<LinkInline>(), l => !l.IsImage);
        Assert.DoesNotContain(document.Descendants<ListBlock>(), l => l.IsOrdered);
        Assert.DoesNotContain(document.Descendants<QuoteBlock>(), _ => true);
        Assert.Contains(document.Descendants<ParagraphBlock>(), p => Text(p) == HostileReport.Markup);
        Assert.Contains(document.Descendants<HeadingBlock>(), h => h.Level == 3 && Text(h).EndsWith(". " + HostileReport.Markup, StringComparison.Ordinal));
        Assert.Contains(document.Descendants<ParagraphBlock>(), p => Text(p).Contains(HostileReport.ControlsCleaned, StringComparison.Ordinal));

        // A '|' inside a cell stays in its cell.
        var comparison = document.Descendants<Table>().Single(tb => Text((TableCell)((TableRow)tb[0])[0]) == new ReportTexts(UiLanguage.UzLatn)["Col.Metric"]);
        var row = (TableRow)comparison[1];
        Assert.Equal(4, row.Count);
        Assert.Equal(HostileReport.Markup, Text((TableCell)row[0]));
        Assert.Equal("a|b", Text((TableCell)row[1]));
        Assert.Equal("c d", Text((TableCell)row[2]));
    }

    [Fact]
    public void Write_ConsecutiveBullets_MakeOneTightList()
    {
        var document = Markdig.Markdown.Parse(MarkdownReportWriter.Write(SampleReport.Build(UiLanguage.UzLatn)), Gfm);
        // The first list is the general information; the second, the legal basis.
        var legalBasis = document.Descendants<ListBlock>().ElementAt(1);
        Assert.Equal(3, legalBasis.Count);
        Assert.False(legalBasis.IsLoose);
    }

    [Fact]
    public void Write_SameContent_SameText()
    {
        var content = SampleReport.Build(UiLanguage.UzCyrl);
        Assert.Equal(MarkdownReportWriter.Write(content), MarkdownReportWriter.Write(content));
    }

    /// <summary>The literal text of a block or inline, entities and escapes resolved.</summary>
    private static string Text(MarkdownObject node) => node switch
    {
        LiteralInline l => l.Content.ToString(),
        CodeInline c => c.Content,
        LineBreakInline => " ",
        HtmlEntityInline e => e.Transcoded.ToString(),
        ContainerInline c => string.Concat(c.Select(Text)),
        LeafBlock { Inline: { } inline } => Text(inline),
        ContainerBlock b => string.Concat(b.Select(Text)),
        _ => string.Empty,
    };
}
