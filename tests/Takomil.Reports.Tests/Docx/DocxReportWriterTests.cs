using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Domain.Common;
using Takomil.Reports.Tests.Sample;
using Takomil.Reports.Texts;
using static Takomil.Reports.Tests.Docx.DocxTestHelpers;

namespace Takomil.Reports.Tests.Docx;

public sealed class DocxReportWriterTests
{
    public static TheoryData<UiLanguage> AllLanguages() => new(Enum.GetValues<UiLanguage>());

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Write_Sample_HasNoValidationErrors(UiLanguage language)
    {
        var errors = Errors(Write(SampleReport.Build(language)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Write_Sample_NumbersTheSectionsInTheRegulationsOrder(UiLanguage language)
    {
        var t = new ReportTexts(language);
        using var document = Open(Write(SampleReport.Build(language)));
        string[] expected =
        [
            t["General.Heading"],
            "1. " + t["Section.LegalBasis"],
            "2. " + t["Section.Facts"],
            "3. " + t["Section.AsIs"],
            "4. " + t["Section.Findings"],
            "5. " + t["Section.Measures"],
            "6. " + t["Section.ToBe"],
            "7. " + t["Section.Comparison"],
            "8. " + t["Section.Plan"],
            t["Section.Annexes"],
        ];
        Assert.Equal(expected, Headings(document, 1));
    }

    [Fact]
    public void Write_Sample_ShowsTheTenFactsAsSubsectionsOfSection2()
    {
        var t = new ReportTexts(UiLanguage.UzLatn);
        using var document = Open(Write(SampleReport.Build(UiLanguage.UzLatn)));
        var facts = Headings(document, 2).Where(h => h.StartsWith("2.", StringComparison.Ordinal)).ToList();
        string[] keys = ["LegalActs", "Agencies", "CostAndTerms", "Recipients", "InputDocuments", "OutputDocuments", "InformationSystems", "Statistics", "Practice", "Appeals"];
        Assert.Equal(keys.Select((k, i) => $"2.{i + 1}. {t["Fact." + k]}"), facts);
    }

    [Fact]
    public void Write_Sample_DescribesEveryProcedureUnderItsOwnHeading()
    {
        var content = SampleReport.Build(UiLanguage.Ru);
        using var document = Open(Write(content));
        var h3 = Headings(document, 3);
        Assert.Equal(content.AsIs.Procedures.Select((p, i) => $"3.3.{i + 1}. {p.Title}"), h3.Where(h => h.StartsWith("3.", StringComparison.Ordinal)));
        Assert.Equal(content.ToBe.Procedures.Count, h3.Count(h => h.StartsWith("6.", StringComparison.Ordinal)));
        var body = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(content.ToBe.Descriptions!["t05"], body, StringComparison.Ordinal);
        Assert.DoesNotContain(content.ToBe.Procedures.Single(p => p.Key == "t05").Description, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_PutsOnlyTheActionPlanOnLandscapePages()
    {
        using var document = Open(Write(SampleReport.Build(UiLanguage.UzLatn)));
        var body = document.MainDocumentPart!.Document.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        var orientations = sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value).ToList();
        Assert.Equal([PageOrientationValues.Portrait, PageOrientationValues.Landscape, PageOrientationValues.Portrait], orientations);
        Assert.All(sections, s => Assert.Equal(11906u, Math.Min(s.GetFirstChild<PageSize>()!.Width!.Value, s.GetFirstChild<PageSize>()!.Height!.Value)));

        // The landscape section is the one that ends right after the plan table.
        var landscapeEnd = body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.SectionProperties?.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape);
        var planTable = landscapeEnd.ElementsBefore().OfType<Table>().Last();
        Assert.Equal(7, planTable.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal(16838 - 1701 - 850, planTable.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_Sample_RepeatsEveryTableHeaderRow()
    {
        using var document = Open(Write(SampleReport.Build(UiLanguage.UzCyrl)));
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.True(tables.Count >= 15, $"only {tables.Count} tables");
        // The general-information grid has no header row; every other table's first row repeats on each page.
        var withHeader = tables.Skip(1).ToList();
        Assert.All(withHeader, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.All(tables, t => Assert.Equal(DocxStylesIds.Table, t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value));
    }

    [Fact]
    public void Write_Sample_DefinesTheStylesItUses()
    {
        using var document = Open(Write(SampleReport.Build(UiLanguage.UzLatn)));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defined = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var used = document.MainDocumentPart.Document.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToHashSet();
        Assert.Subset(defined, used);
        Assert.Contains("Title", defined);
        Assert.Contains("Caption", defined);
        Assert.Equal("Times New Roman", styles.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value);
        Assert.Equal("uz-Latn-UZ", styles.DocDefaults.Descendants<Languages>().Single().Val!.Value);
    }

    [Fact]
    public void Write_Sample_TitlePageCarriesTheStateHeaderTheDraftMarkAndTheServiceName()
    {
        using var document = Open(Write(SampleReport.Build(UiLanguage.UzLatn)));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Take(30).Select(p => p.InnerText).ToList();
        Assert.Equal("LOYIHA", paragraphs[0]);
        Assert.Equal("Oʻzbekiston Respublikasi", paragraphs[1]);
        Assert.Contains(paragraphs, p => p.Contains(SampleReport.ServiceName(UiLanguage.UzLatn), StringComparison.Ordinal));
        Assert.Contains("14.03.2025", string.Join("\n", paragraphs), StringComparison.Ordinal);
        Assert.Empty(document.MainDocumentPart.HeaderParts);
    }

    [Fact]
    public void Write_SameContentAndClock_GivesTheSameBytes()
    {
        var content = SampleReport.Build(UiLanguage.Ru);
        Assert.Equal(Write(content), Write(content));
    }

    [Fact]
    public void Write_AnotherClock_ChangesOnlyTheTimestamps()
    {
        var content = SampleReport.Build(UiLanguage.Ru);
        var later = new FixedClock(FixedClock.Default.AddDays(3));
        using var first = Open(Write(content));
        using var second = Open(Write(content, later));
        Assert.Equal(FixedClock.Default.UtcDateTime, first.PackageProperties.Created);
        Assert.Equal(FixedClock.Default.AddDays(3).UtcDateTime, second.PackageProperties.Created);
        Assert.Equal(first.MainDocumentPart!.Document.OuterXml, second.MainDocumentPart!.Document.OuterXml);
    }
}

/// <summary>The style ids the tests check, spelled once.</summary>
internal static class DocxStylesIds
{
    public const string Table = "ReportTable";
}
