using Takomil.Domain.Common;
using Takomil.Reports.Docx;
using Takomil.Reports.Tests.Sample;
using Takomil.Reports.Texts;

namespace Takomil.Reports.Tests.Pdf;

/// <summary>
/// The report as an official opens it: LibreOffice turns the DOCX into a PDF, and the PDF's text must hold every
/// heading and the key content in the report's language. Pages 1–3 and the action plan's first page are kept as
/// PNGs in <see cref="LibreOfficeEnvironment.PagesDirectory"/> for a human to look at.
/// </summary>
public sealed class PdfRenderingTests
{
    public static TheoryData<UiLanguage> OfficialLanguages() => new(UiLanguage.UzLatn, UiLanguage.UzCyrl, UiLanguage.Ru);

    [LibreOfficeTheory]
    [MemberData(nameof(OfficialLanguages))]
    public async Task ConvertToPdf_Sample_ShowsEveryHeadingAndTheKeyContent(UiLanguage language)
    {
        var t = new ReportTexts(language);
        var content = SampleReport.Build(language);
        var folder = Path.Combine(LibreOfficeEnvironment.PagesDirectory, language.CultureName());
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, "report.docx");
        await using (var file = File.Create(docx)) new DocxReportWriter(new FixedClock()).Write(content, file);

        var pdf = await PdfTools.ConvertToPdfAsync(docx);
        var text = await PdfTools.TextAsync(pdf);

        string[] sections = ["LegalBasis", "Facts", "AsIs", "Findings", "Measures", "ToBe", "Comparison", "Plan"];
        var expected = new List<string> { t["TitlePage.Country"], t["TitlePage.Draft"], t["General.Heading"], t["Section.Annexes"] };
        expected.AddRange(sections.Select((s, i) => $"{i + 1}. {t["Section." + s]}"));
        string[] facts = ["LegalActs", "Agencies", "CostAndTerms", "Recipients", "InputDocuments", "OutputDocuments", "InformationSystems", "Statistics", "Practice", "Appeals"];
        expected.AddRange(facts.Select((f, i) => $"2.{i + 1}. {t["Fact." + f]}"));
        expected.AddRange(SampleReport.KeyPhrases(language));
        expected.Add(content.Findings[0].Title);
        expected.Add(content.AsIs.Procedures[^1].Title);
        // Case is ignored: the title page sets the state header in capitals.
        var missing = expected.Select(PdfTools.Flatten).Where(e => !text.Contains(e, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(missing.Count == 0, "missing from the PDF: " + string.Join(" | ", missing));

        // Every letter comes from Times New Roman or its metric twin: a glyph from a fallback font (Liberation 1 has no
        // ʻ, қ, ғ, ҳ) would show in another typeface in the middle of a word.
        var fonts = await PdfTools.FontsAsync(pdf);
        Assert.True(fonts.All(f => f.StartsWith("LiberationSerif", StringComparison.Ordinal) || f.StartsWith("TimesNewRoman", StringComparison.Ordinal)),
            "fonts other than Times New Roman / Liberation Serif (install fonts-liberation2): " + string.Join(", ", fonts));

        // The action plan sits on landscape pages, everything else on portrait ones.
        var landscape = await PdfTools.LandscapePagesAsync(pdf);
        Assert.False(landscape[0]);
        Assert.False(landscape[^1]);
        var planPage = landscape.ToList().IndexOf(true) + 1;
        Assert.True(planPage > 1, "no landscape page");
        Assert.Contains(PdfTools.Flatten($"8. {t["Section.Plan"]}"), await PdfTools.TextAsync(pdf, planPage), StringComparison.Ordinal);

        var pages = await PdfTools.PagesToPngAsync(pdf, Path.Combine(folder, "page"), 1, 3);
        var plan = await PdfTools.PagesToPngAsync(pdf, Path.Combine(folder, "plan"), planPage, planPage);
        Assert.Equal(3, pages.Count);
        Assert.Single(plan);
        Assert.All(pages.Concat(plan), p => Assert.True(new FileInfo(p).Length > 1000, p));
    }
}
