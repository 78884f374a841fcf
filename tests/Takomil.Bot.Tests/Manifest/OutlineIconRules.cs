namespace Takomil.Bot.Tests.Manifest;

/// <summary>Teams' rules for the outline icon: 32×32, transparent background, white (#FFFFFF) marks only.</summary>
internal static class OutlineIconRules
{
    public const int Size = 32;

    /// <summary>Every way <paramref name="icon"/> breaks the rules; empty when it is fine.</summary>
    public static IReadOnlyList<string> Problems(PngImage icon)
    {
        ArgumentNullException.ThrowIfNull(icon);
        var problems = new List<string>();
        if (icon.Width != Size || icon.Height != Size)
        {
            problems.Add($"size is {icon.Width}×{icon.Height}, not {Size}×{Size}");
        }

        if (!icon.HasAlpha)
        {
            problems.Add("no alpha channel");
        }

        int transparent = 0, opaque = 0;
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon.Pixel(x, y);
                transparent += a == 0 ? 1 : 0;
                opaque += a == 255 ? 1 : 0;
                if (a > 0 && (r, g, b) != (255, 255, 255))
                {
                    problems.Add($"pixel ({x},{y}) is #{r:X2}{g:X2}{b:X2} with alpha {a}, not white");
                }
            }
        }

        if (transparent == 0)
        {
            problems.Add("no transparent pixel: the background must be transparent");
        }

        if (opaque == 0)
        {
            problems.Add("no fully opaque pixel: the mark is missing");
        }

        return problems;
    }
}
