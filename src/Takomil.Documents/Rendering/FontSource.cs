using System.Collections.Concurrent;
using SkiaSharp;

namespace Takomil.Documents.Rendering;

/// <summary>
/// The typeface PNGs are drawn with. DejaVu Sans (Debian's fonts-dejavu-core) covers Uzbek Latin (oʻ, gʻ), Uzbek
/// Cyrillic (ў қ ғ ҳ) and Russian; a missing or unreadable file falls back to Skia's default typeface.
/// </summary>
public static class FontSource
{
    public const string DefaultPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new(StringComparer.Ordinal);

    /// <summary>The typeface at <paramref name="path"/> (or <see cref="DefaultPath"/>), loaded once; Skia's default when it cannot be read.</summary>
    public static SKTypeface Typeface(string? path = null)
    {
        var file = string.IsNullOrWhiteSpace(path) ? DefaultPath : path;
        return Loaded.GetOrAdd(file, f => (File.Exists(f) ? SKTypeface.FromFile(f) : null) ?? SKTypeface.Default);
    }

    /// <summary>True when the typeface has a glyph for every character of <paramref name="text"/>.</summary>
    public static bool Covers(SKTypeface typeface, string text)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        ArgumentNullException.ThrowIfNull(text);
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(text);
    }
}
