using System.Xml.Linq;
using SkiaSharp;
using Takomil.Documents.Diagrams;
using Takomil.Documents.Rendering;
using Takomil.Documents.Tests.Support;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using Xunit.Abstractions;

namespace Takomil.Documents.Tests;

public sealed class DiagramImageTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Png_RealisticModel_DecodesAtExpectedSizeAndIsNotBlank()
    {
        var layout = DiagramLayoutBuilder.Build(TestModels.Realistic(), UiLanguage.UzLatn, "Qurilishga ruxsatnoma berish");

        var png = DiagramImage.Png(layout);

        var file = Save("realistic-diagram.png", png);
        output.WriteLine("png: " + file);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var (w, h) = DiagramImage.PixelSize(layout.Width, layout.Height + DiagramPainter.LegendHeight, ImageOptions.Default);
        Assert.Equal((w, h), (bitmap.Width, bitmap.Height));
        Assert.True(InkShare(bitmap) > 0.02, "the picture is (almost) blank");
        Assert.True(bitmap.Pixels.Distinct().Take(50).Count() >= 50, "too few colours for a drawn diagram");
    }

    [Fact]
    public void Png_BigModel_ScaledDownWithinMaxWidth()
    {
        var layout = DiagramLayoutBuilder.Build(TestModels.Generated(120), UiLanguage.Ru, "Большая модель");

        var png = DiagramImage.Png(layout, new ImageOptions { MaxWidth = 4000, MaxHeight = 4000 });

        using var bitmap = SKBitmap.Decode(png);
        Assert.True(layout.Width > 4000);
        Assert.True(bitmap.Width <= 4000 && bitmap.Height <= 4000, $"{bitmap.Width}×{bitmap.Height}");
        Assert.True(bitmap.Width >= 3990 || bitmap.Height >= 3990);
    }

    [Fact]
    public void Png_MissingFontFile_FallsBackToDefaultTypeface()
    {
        var layout = DiagramLayoutBuilder.Build(TestModels.Generated(3), UiLanguage.En, "x");

        var png = DiagramImage.Png(layout, new ImageOptions { FontPath = "/nonexistent/font.ttf" });

        using var bitmap = SKBitmap.Decode(png);
        Assert.True(InkShare(bitmap) > 0.01);
    }

    [Fact]
    public void Png_UzbekCyrillicAndRussianText_Drawn()
    {
        var centre = new Participant(ParticipantKind.Agency, "Давлат хизматлари маркази (ўқғҳ)");
        var steps = new[]
        {
            TestModels.Step("a", "Ҳужжатларни қабул қилиш ва рўйхатга олиш", TestModels.Applicant, ProcedureKind.ApplicantVisit, [], inputs: ["Ариза"]),
            TestModels.Step("b", "Проверка полноты документов", centre, ProcedureKind.Manual, ["a"], systems: ["Yagona portal (oʻ, gʻ)"]),
            TestModels.Step("c", "Oʻzgartirishlarni gʻaznaga yuborish", centre, ProcedureKind.Electronic, ["b"], outputs: ["Маълумотнома"]),
        };
        var layout = DiagramLayoutBuilder.Build(steps, UiLanguage.UzCyrl, "Ёзувлар: oʻ gʻ ўқғҳ ёЁ");

        var png = DiagramImage.Png(layout, new ImageOptions { Scale = 2 });

        output.WriteLine("png: " + Save("scripts-diagram.png", png));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((int)Math.Ceiling(layout.Width * 2), bitmap.Width);
        Assert.True(InkShare(bitmap) > 0.02);
    }

    [DejaVuFact]
    public void Typeface_DejaVu_CoversUzbekLatinCyrillicAndRussian()
    {
        var typeface = FontSource.Typeface();

        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(FontSource.Covers(typeface, "Oʻzbekiston gʻalla oʻquv"));
        Assert.True(FontSource.Covers(typeface, "ўқғҳ ЎҚҒҲ Ўзбекистон"));
        Assert.True(FontSource.Covers(typeface, "Выдача разрешения на строительство ёЁ"));
    }

    [Fact]
    public void Svg_RealisticModel_WellFormedWithEveryTaskTitle()
    {
        var procedures = TestModels.Realistic();
        var layout = DiagramLayoutBuilder.Build(procedures, UiLanguage.UzCyrl, "Қурилишга рухсатнома бериш");

        var svg = DiagramImage.Svg(layout);

        Save("realistic-diagram.svg", System.Text.Encoding.UTF8.GetBytes(svg));
        var doc = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var titles = doc.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.All(procedures, p => Assert.Contains(titles, t => t.StartsWith(p.Title, StringComparison.Ordinal)));
        Assert.Contains("sans-serif", doc.Root.Attribute("font-family")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("href", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_LongHostileTitle_WrappedTruncatedEscapedWithFullTextInTitle()
    {
        var title = "<script>alert('x')</script> & " + string.Concat(Enumerable.Repeat("Juda uzun nomli tartib-taomil ", 12)) + "\u0001END";
        var steps = new[] { TestModels.Step("a", title, TestModels.Applicant, ProcedureKind.Manual, []) };
        var layout = DiagramLayoutBuilder.Build(steps, UiLanguage.En, "t");

        var svg = DiagramImage.Svg(layout);

        var doc = XDocument.Parse(svg);
        var task = doc.Descendants(Svg + "g").First(g => g.Element(Svg + "title")?.Value.StartsWith("<script>", StringComparison.Ordinal) == true);
        Assert.Contains("END", task.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        var lines = task.Descendants(Svg + "tspan").Select(t => t.Value).Where(v => v.Length > 2).ToList();
        Assert.InRange(lines.Count, 2, 4);
        Assert.EndsWith(TextFit.Ellipsis, lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
    }

    private static double InkShare(SKBitmap bitmap)
    {
        var pixels = bitmap.Pixels;
        return pixels.Count(p => p.Red < 200 || p.Green < 200 || p.Blue < 200) / (double)pixels.Length;
    }

    internal static string Save(string name, byte[] bytes)
    {
        Directory.CreateDirectory(BpmnJsViewer.ScreenshotsDirectory);
        var file = Path.Combine(BpmnJsViewer.ScreenshotsDirectory, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
