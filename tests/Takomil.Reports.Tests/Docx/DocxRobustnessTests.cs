using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Domain.Common;
using Takomil.Reports.Content;
using Takomil.Reports.Docx;
using Takomil.Reports.Tests.Sample;
using Takomil.Reports.Texts;
using static Takomil.Reports.Tests.Docx.DocxTestHelpers;

namespace Takomil.Reports.Tests.Docx;

public sealed class DocxRobustnessTests
{
    [Fact]
    public void Write_HostileStrings_StayValidAndKeepTheirText()
    {
        var docx = Write(HostileReport.Build());
        Assert.Empty(Errors(docx));
        using var document = Open(docx);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(HostileReport.Markup, text, StringComparison.Ordinal);
        Assert.Contains(HostileReport.ControlsCleaned, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0000', document.MainDocumentPart.Document.OuterXml);
    }

    [Fact]
    public void Write_LineBreaksAndTabs_BecomeBreaksAndTabs()
    {
        using var document = Open(Write(HostileReport.Build()));
        var cell = document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().First(c => c.InnerText.Contains("Tabbed", StringComparison.Ordinal));
        Assert.Single(cell.Descendants<Break>());
        Assert.Single(cell.Descendants<TabChar>());
        Assert.Equal("Tabbedposition", cell.InnerText);
    }

    [Theory]
    [InlineData(UiLanguage.UzLatn)]
    [InlineData(UiLanguage.Ru)]
    public void Write_EmptyContent_KeepsEverySectionWithItsRemark(UiLanguage language)
    {
        var t = new ReportTexts(language);
        var docx = Write(HostileReport.Empty(language));
        Assert.Empty(Errors(docx));
        using var document = Open(docx);
        Assert.Equal(10, Headings(document, 1).Count);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var key in new[] { "LegalBasis.None", "Fact.None", "Model.None", "Findings.None", "Measures.None", "Comparison.None", "Plan.None", "Annexes.None" })
        {
            Assert.Contains(t[key], text, StringComparison.Ordinal);
        }
        // With no plan there is nothing wide to show: the whole report stays portrait.
        Assert.DoesNotContain(document.MainDocumentPart.Document.Body.Descendants<PageSize>(), s => s.Orient?.Value == PageOrientationValues.Landscape);
    }

    [Fact]
    public void Write_WidePicture_IsScaledToTheTextWidthKeepingItsAspect()
    {
        var wide = new TinyPng(3000, 600).Encode();
        using var document = Open(Write(WithDiagram(wide)));
        var extent = document.MainDocumentPart!.Document.Body!.Descendants<Extent>().First();
        const long textWidth = (11906 - 1701 - 850) * 635L;
        Assert.Equal(textWidth, extent.Cx!.Value);
        Assert.InRange(extent.Cy!.Value, (textWidth / 5) - 1, (textWidth / 5) + 1);
    }

    [Fact]
    public void Write_SmallPicture_KeepsItsNaturalSizeAtItsOwnResolution()
    {
        var small = new TinyPng(240, 120).Encode(dotsPerInch: 120);
        using var document = Open(Write(WithDiagram(small)));
        var extent = document.MainDocumentPart!.Document.Body!.Descendants<Extent>().First();
        Assert.Equal(2 * 914400L, extent.Cx!.Value);
        Assert.Equal(914400L, extent.Cy!.Value);
        var blip = document.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var part = document.MainDocumentPart.GetPartById(blip.Embed!.Value!);
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(small, copy.ToArray());
    }

    [Fact]
    public void Write_TallPicture_FitsMostOfThePageHeight()
    {
        var tall = new TinyPng(400, 4000).Encode();
        using var document = Open(Write(WithDiagram(tall)));
        var extent = document.MainDocumentPart!.Document.Body!.Descendants<Extent>().First();
        const long maxHeight = (16838 - 1134 - 1134) * 635L * 7 / 10;
        Assert.InRange(extent.Cy!.Value, maxHeight - 1, maxHeight);
        Assert.InRange(extent.Cx!.Value, (maxHeight / 10) - 1, (maxHeight / 10) + 1);
    }

    [Fact]
    public void Write_NotAPng_IsRefused()
    {
        var content = WithDiagram("GIF89a not a png at all, long enough to be read"u8.ToArray());
        Assert.Throws<ArgumentException>(() => Write(content));
    }

    private static ReportContent WithDiagram(byte[] png)
    {
        var content = HostileReport.Empty(UiLanguage.En);
        return content with { AsIs = new ReportModel([], new ReportFigure(png, "Scheme", "scheme.png")) };
    }
}
