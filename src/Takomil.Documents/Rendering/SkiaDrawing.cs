using SkiaSharp;
using Takomil.Documents.Diagrams;

namespace Takomil.Documents.Rendering;

/// <summary>Draws onto a SkiaSharp canvas (for PNG), in diagram units; the caller scales the canvas.</summary>
internal sealed class SkiaDrawing(SKCanvas canvas, SKTypeface typeface) : IDrawing
{
    public void Rect(DiagramBounds b, Pen pen, double radius = 0)
    {
        var r = new SKRect((float)b.X, (float)b.Y, (float)b.Right, (float)b.Bottom);
        Paint(pen, p =>
        {
            if (radius > 0) canvas.DrawRoundRect(r, (float)radius, (float)radius, p);
            else canvas.DrawRect(r, p);
        });
    }

    public void Ellipse(double cx, double cy, double rx, double ry, Pen pen) =>
        Paint(pen, p => canvas.DrawOval((float)cx, (float)cy, (float)rx, (float)ry, p));

    public void Polygon(IReadOnlyList<DiagramPoint> points, Pen pen)
    {
        using var path = PathOf(points, close: true);
        Paint(pen, p => canvas.DrawPath(path, p));
    }

    public void Polyline(IReadOnlyList<DiagramPoint> points, Pen pen, bool arrow = false, bool openArrow = false)
    {
        using var path = PathOf(points, close: false);
        Paint(pen with { Fill = null }, p => canvas.DrawPath(path, p));
        if (!arrow || points.Count < 2) return;
        var (a, b) = (points[^2], points[^1]);
        var len = Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
        if (len <= 0) return;
        var (ux, uy) = ((b.X - a.X) / len, (b.Y - a.Y) / len);
        const double Size = 8;
        DiagramPoint[] head =
        [
            new(b.X - (ux * Size) - (uy * Size / 2), b.Y - (uy * Size) + (ux * Size / 2)),
            b,
            new(b.X - (ux * Size) + (uy * Size / 2), b.Y - (uy * Size) - (ux * Size / 2)),
        ];
        if (openArrow) Polyline(head, pen with { Dashed = false });
        else Polygon(head, new Pen(pen.Stroke, null));
    }

    public void Text(IReadOnlyList<string> lines, double x, double y, double size, TextAnchor anchor, string color, bool bold = false, bool vertical = false)
    {
        using var font = new SKFont(typeface, (float)size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        if (bold) font.Embolden = true;
        using var paint = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        var align = anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
        canvas.Save();
        if (vertical)
        {
            canvas.Translate((float)x, (float)y);
            canvas.RotateDegrees(-90);
            canvas.Translate((float)-x, (float)-y);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], (float)x, (float)(y + (i * size * 1.2)), align, font, paint);
        }
        canvas.Restore();
    }

    public void BeginGroup(string? tooltip)
    {
    }

    public void EndGroup()
    {
    }

    private static SKPath PathOf(IReadOnlyList<DiagramPoint> points, bool close)
    {
        using var builder = new SKPathBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            if (i == 0) builder.MoveTo((float)points[i].X, (float)points[i].Y);
            else builder.LineTo((float)points[i].X, (float)points[i].Y);
        }
        if (close) builder.Close();
        return builder.Detach();
    }

    private static void Paint(Pen pen, Action<SKPaint> draw)
    {
        if (pen.Fill is { } fill)
        {
            using var p = new SKPaint { Color = SKColor.Parse(fill), Style = SKPaintStyle.Fill, IsAntialias = true };
            draw(p);
        }
        if (pen.Stroke is { } stroke)
        {
            using var p = new SKPaint { Color = SKColor.Parse(stroke), Style = SKPaintStyle.Stroke, StrokeWidth = (float)pen.Width, IsAntialias = true };
            using var dash = pen.Dashed ? SKPathEffect.CreateDash([4f, 3f], 0) : null;
            p.PathEffect = dash;
            draw(p);
        }
    }
}
