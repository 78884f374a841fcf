using Takomil.Documents.Diagrams;

namespace Takomil.Documents.Rendering;

public enum TextAnchor
{
    Start = 0,
    Middle = 1,
    End = 2,
}

/// <summary>A stroke or fill style; colours are #rrggbb.</summary>
internal sealed record Pen(string? Fill, string? Stroke, double Width = 1, bool Dashed = false);

/// <summary>
/// The few drawing operations diagrams and charts need, so one painter serves both the SVG and the PNG
/// renderer and the two pictures agree.
/// </summary>
internal interface IDrawing
{
    void Rect(DiagramBounds b, Pen pen, double radius = 0);

    void Ellipse(double cx, double cy, double rx, double ry, Pen pen);

    void Polygon(IReadOnlyList<DiagramPoint> points, Pen pen);

    /// <summary>An open line; <paramref name="arrow"/> draws a head at the last point (filled, or open for data).</summary>
    void Polyline(IReadOnlyList<DiagramPoint> points, Pen pen, bool arrow = false, bool openArrow = false);

    /// <summary>Lines of text; <paramref name="y"/> is the baseline of the first; rotated −90° about (x, y) when asked.</summary>
    void Text(IReadOnlyList<string> lines, double x, double y, double size, TextAnchor anchor, string color, bool bold = false, bool vertical = false);

    /// <summary>Starts a group whose full text shows as a tooltip (SVG &lt;title&gt;); PNG ignores it.</summary>
    void BeginGroup(string? tooltip);

    void EndGroup();
}
