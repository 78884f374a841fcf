using System.Buffers.Binary;

namespace Takomil.Reports.Common;

/// <summary>The pixel size and resolution of a PNG, read from its IHDR and pHYs chunks.</summary>
internal readonly record struct PngSize(int Width, int Height, double DotsPerInchX, double DotsPerInchY)
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngSize Read(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ArgumentException("The figure is not a PNG image.", nameof(png));
        }
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        if (width <= 0 || height <= 0) throw new ArgumentException("The PNG has no size.", nameof(png));

        double dpiX = 96, dpiY = 96;
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset, 4));
            if (length < 0 || offset + 12L + length > png.Length) break;
            var type = png.AsSpan(offset + 4, 4);
            if (type.SequenceEqual("pHYs"u8) && length >= 9 && png[offset + 16] == 1)
            {
                // Pixels per metre, an integer, so 120 dpi is stored as 4724: rounding gives the intended dpi back.
                // A nonsense value keeps the 96 dpi default.
                var x = Math.Round(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8, 4)) * 0.0254);
                var y = Math.Round(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 12, 4)) * 0.0254);
                if (x is >= 30 and <= 1200 && y is >= 30 and <= 1200) (dpiX, dpiY) = (x, y);
                break;
            }
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8)) break;
            offset += 12 + length;
        }
        return new PngSize(width, height, dpiX, dpiY);
    }
}
