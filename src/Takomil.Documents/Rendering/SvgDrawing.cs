using System.Globalization;
using System.Text;
using Takomil.Documents.Diagrams;

namespace Takomil.Documents.Rendering;

/// <summary>Draws into a self-contained SVG document: no external fonts, images or styles, every text escaped.</summary>
internal sealed class SvgDrawing : IDrawing
{
    public const string FontFamily = "DejaVu Sans, Verdana, Arial, sans-serif";

    private readonly StringBuilder _sb = new();
    private int _arrows;

    public SvgDrawing(double width, double height, string title)
    {
        _sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"{FontFamily}\">\n");
        _sb.Append("<title>").Append(Escape(title)).Append("</title>\n");
        _sb.Append("<defs>")
            .Append("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#22313f\"/></marker>")
            .Append("<marker id=\"open-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"#5d6d7e\"/></marker>")
            .Append("</defs>\n");
        _sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#ffffff\"/>\n");
    }

    public int ArrowCount => _arrows;

    public string Finish() => _sb.Append("</svg>\n").ToString();

    public void Rect(DiagramBounds b, Pen pen, double radius = 0)
    {
        _sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(b.X)}\" y=\"{N(b.Y)}\" width=\"{N(b.Width)}\" height=\"{N(b.Height)}\"");
        if (radius > 0) _sb.Append(CultureInfo.InvariantCulture, $" rx=\"{N(radius)}\"");
        Style(pen).Append("/>\n");
    }

    public void Ellipse(double cx, double cy, double rx, double ry, Pen pen)
    {
        _sb.Append(CultureInfo.InvariantCulture, $"<ellipse cx=\"{N(cx)}\" cy=\"{N(cy)}\" rx=\"{N(rx)}\" ry=\"{N(ry)}\"");
        Style(pen).Append("/>\n");
    }

    public void Polygon(IReadOnlyList<DiagramPoint> points, Pen pen)
    {
        _sb.Append("<polygon points=\"").Append(Points(points)).Append('"');
        Style(pen).Append("/>\n");
    }

    public void Polyline(IReadOnlyList<DiagramPoint> points, Pen pen, bool arrow = false, bool openArrow = false)
    {
        _sb.Append("<polyline points=\"").Append(Points(points)).Append('"');
        Style(pen with { Fill = null });
        if (arrow)
        {
            _arrows++;
            _sb.Append(openArrow ? " marker-end=\"url(#open-arrow)\"" : " marker-end=\"url(#arrow)\"");
        }
        _sb.Append("/>\n");
    }

    public void Text(IReadOnlyList<string> lines, double x, double y, double size, TextAnchor anchor, string color, bool bold = false, bool vertical = false)
    {
        if (lines.Count == 0) return;
        var a = anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => "start" };
        _sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{a}\" fill=\"{color}\"");
        if (bold) _sb.Append(" font-weight=\"bold\"");
        if (vertical) _sb.Append(CultureInfo.InvariantCulture, $" transform=\"rotate(-90 {N(x)} {N(y)})\"");
        _sb.Append('>');
        for (var i = 0; i < lines.Count; i++)
        {
            _sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" dy=\"{(i == 0 ? "0" : N(size * 1.2))}\">").Append(Escape(lines[i])).Append("</tspan>");
        }
        _sb.Append("</text>\n");
    }

    public void BeginGroup(string? tooltip)
    {
        _sb.Append("<g>");
        if (!string.IsNullOrWhiteSpace(tooltip)) _sb.Append("<title>").Append(Escape(tooltip)).Append("</title>");
        _sb.Append('\n');
    }

    public void EndGroup() => _sb.Append("</g>\n");

    private StringBuilder Style(Pen pen)
    {
        _sb.Append(" fill=\"").Append(pen.Fill ?? "none").Append('"');
        if (pen.Stroke is { } stroke)
        {
            _sb.Append(CultureInfo.InvariantCulture, $" stroke=\"{stroke}\" stroke-width=\"{N(pen.Width)}\"");
            if (pen.Dashed) _sb.Append(" stroke-dasharray=\"4 3\"");
        }
        return _sb;
    }

    private static string Points(IReadOnlyList<DiagramPoint> points) =>
        string.Join(" ", points.Select(p => N(p.X) + "," + N(p.Y)));

    internal static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Escape(string? text)
    {
        var clean = SafeText.Clean(text);
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
