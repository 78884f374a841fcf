using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Common;
using Xunit.Abstractions;

namespace Takomil.Documents.Tests;

public sealed class BarChartTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly (string Label, decimal Before, decimal After)[] Rows =
    [
        ("Umumiy muddat (ish kuni)", 24m, 9m),
        ("Ariza beruvchining tashriflari", 3m, 1m),
        ("Talab qilinadigan hujjatlar", 8m, 3m),
        ("Xarajat (BHM)", 1.5m, 1m),
    ];

    [Fact]
    public void Svg_FourRows_TwoBarsEachProportionalToValues()
    {
        var svg = BarChart.Svg(Rows, new BarChartOptions { Title = "Joriy va maqbullashtirilgan model", Language = UiLanguage.UzLatn });

        var doc = XDocument.Parse(svg);
        var bars = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("height") == "18").ToList();
        Assert.Equal(8, bars.Count);
        double W(int i) => double.Parse((string)bars[i].Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.Equal(24.0 / 9.0, W(0) / W(1), 2);
        Assert.Equal(3.0, W(2) / W(3), 2);
        Assert.Contains(doc.Descendants(Svg + "tspan"), t => t.Value == "1,5");
        Assert.Contains(doc.Descendants(Svg + "tspan"), t => t.Value == "Maqbullashtirilgan");
    }

    [Fact]
    public void Svg_NegativeAndHostileLabels_EscapedAndDrawnLeftOfZero()
    {
        var svg = BarChart.Svg([("<b>&\"x\"</b>", -5m, 10m)], new BarChartOptions { Title = "<t>", Language = UiLanguage.En, Unit = "days" });

        var doc = XDocument.Parse(svg);
        Assert.Contains(doc.Descendants(Svg + "title"), t => t.Value == "<b>&\"x\"</b>");
        var bars = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("height") == "18").ToList();
        double X(XElement r, string a) => double.Parse((string)r.Attribute(a)!, CultureInfo.InvariantCulture);
        Assert.Equal(X(bars[0], "x") + X(bars[0], "width"), X(bars[1], "x"), 3);
        Assert.Contains(doc.Descendants(Svg + "tspan"), t => t.Value == "-5 days");
    }

    [Fact]
    public void Png_FourRows_DecodesWithTheChartSizeAndBothColours()
    {
        var png = BarChart.Png(Rows, new BarChartOptions { Title = "Сравнение: как есть и как будет", Language = UiLanguage.Ru });

        output.WriteLine("png: " + DiagramImageTests.Save("bar-chart.png", png));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(((int)BarChart.Width, (int)Math.Ceiling(BarChart.Height(Rows.Length))), (bitmap.Width, bitmap.Height));
        var pixels = bitmap.Pixels;
        Assert.Contains(SKColor.Parse(BarChart.BeforeColor), pixels);
        Assert.Contains(SKColor.Parse(BarChart.AfterColor), pixels);
    }
}
