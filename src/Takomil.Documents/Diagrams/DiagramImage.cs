using SkiaSharp;
using Takomil.Documents.Rendering;

namespace Takomil.Documents.Diagrams;

/// <summary>How a diagram or chart becomes a PNG.</summary>
public sealed record ImageOptions
{
    public static ImageOptions Default { get; } = new();

    /// <summary>The TrueType font to draw text with; <see cref="FontSource.DefaultPath"/> (DejaVu Sans) when null.</summary>
    public string? FontPath { get; init; }

    /// <summary>Pixels per diagram unit, before the size caps apply.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Big models are scaled down to stay within these (a chat client shows a few thousand pixels at most).</summary>
    public int MaxWidth { get; init; } = 4000;

    public int MaxHeight { get; init; } = 4000;
}

/// <summary>A diagram as SVG (self-contained text) or PNG (drawn in-process with SkiaSharp).</summary>
public static class DiagramImage
{
    public static string Svg(DiagramLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var svg = new SvgDrawing(layout.Width, layout.Height + DiagramPainter.LegendHeight, layout.Title);
        DiagramPainter.Paint(svg, layout);
        return svg.Finish();
    }

    public static byte[] Png(DiagramLayout layout, ImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return PngCanvas.Render(layout.Width, layout.Height + DiagramPainter.LegendHeight, options ?? ImageOptions.Default, d => DiagramPainter.Paint(d, layout));
    }

    /// <summary>The pixel size <see cref="Png"/> produces for a picture of this size in diagram units.</summary>
    public static (int Width, int Height) PixelSize(double width, double height, ImageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scale = PngCanvas.ScaleFor(width, height, options);
        return (PngCanvas.Pixels(width * scale, options.MaxWidth), PngCanvas.Pixels(height * scale, options.MaxHeight));
    }
}

/// <summary>Draws onto a white raster of the capped size and encodes it as PNG.</summary>
internal static class PngCanvas
{
    public static double ScaleFor(double width, double height, ImageOptions o) =>
        Math.Min(o.Scale, Math.Min(o.MaxWidth / width, o.MaxHeight / height));

    /// <summary>Whole pixels; the cap wins over rounding up.</summary>
    public static int Pixels(double size, int max) => Math.Max(1, Math.Min(max, (int)Math.Ceiling(size)));

    public static byte[] Render(double width, double height, ImageOptions options, Action<IDrawing> paint)
    {
        var scale = ScaleFor(width, height, options);
        var (w, h) = (Pixels(width * scale, options.MaxWidth), Pixels(height * scale, options.MaxHeight));
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)scale);
            paint(new SkiaDrawing(canvas, FontSource.Typeface(options.FontPath)));
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
