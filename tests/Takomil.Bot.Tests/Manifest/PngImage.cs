using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>
/// A minimal PNG decoder (8-bit grey, grey+alpha, RGB, RGBA; not interlaced) that checks chunk CRCs,
/// so the icon tests look at the pixels Teams will see rather than trusting the generator.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="rgba">Width × height pixels, four bytes each.</param>
    public PngImage(int width, int height, bool hasAlpha, byte[] rgba)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        if (rgba.Length != width * height * 4)
        {
            throw new ArgumentException("Pixel buffer does not match the size.", nameof(rgba));
        }

        Width = width;
        Height = height;
        HasAlpha = hasAlpha;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public bool HasAlpha { get; }

    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: bad signature.");
        }

        int width = 0, height = 0, colorType = -1;
        using var idat = new MemoryStream();
        var pos = Signature.Length;
        var sawEnd = false;
        while (!sawEnd)
        {
            if (pos + 12 > png.Length)
            {
                throw new InvalidDataException("Truncated PNG chunk.");
            }

            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos)));
            var typeAndData = png.AsSpan(pos + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            if (Crc32(typeAndData) != crc)
            {
                throw new InvalidDataException($"Bad CRC in chunk {type}.");
            }

            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    colorType = data[9];
                    if (data[8] != 8 || data[12] != 0)
                    {
                        throw new NotSupportedException("Only 8-bit, non-interlaced PNGs are decoded here.");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }

            pos += 12 + length;
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new NotSupportedException($"PNG colour type {colorType} is not decoded here."),
        };
        var raw = Inflate(idat.ToArray());
        var rows = Unfilter(raw, width, height, channels);
        return new PngImage(width, height, colorType is 4 or 6, ToRgba(rows, width * height, channels));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException("Image data does not match the header size.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var prior = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = prior[i], c = i >= bpp ? prior[i - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                row[i] = unchecked((byte)(src[i] + predictor));
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int count, int channels)
    {
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var s = pixels.AsSpan(i * channels, channels);
            (byte r, byte g, byte b, byte a) = channels switch
            {
                1 => (s[0], s[0], s[0], (byte)255),
                2 => (s[0], s[0], s[0], s[1]),
                3 => (s[0], s[1], s[2], (byte)255),
                _ => (s[0], s[1], s[2], s[3]),
            };
            rgba[i * 4] = r;
            rgba[(i * 4) + 1] = g;
            rgba[(i * 4) + 2] = b;
            rgba[(i * 4) + 3] = a;
        }

        return rgba;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
