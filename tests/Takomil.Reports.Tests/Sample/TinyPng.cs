using System.Buffers.Binary;
using System.IO.Compression;

namespace Takomil.Reports.Tests.Sample;

/// <summary>
/// A minimal PNG encoder (8-bit RGB, no filtering) with a canvas for rectangles and lines — enough to draw
/// recognisable stand-ins for the model scheme and the comparison chart without any imaging package.
/// </summary>
internal sealed class TinyPng(int width, int height)
{
    private readonly byte[] _pixels = CreateWhite(width, height);

    public int Width { get; } = width;

    public int Height { get; } = height;

    public TinyPng Fill(int x, int y, int w, int h, uint rgb)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + h); row++)
        {
            for (var col = Math.Max(0, x); col < Math.Min(Width, x + w); col++) Set(col, row, rgb);
        }
        return this;
    }

    public TinyPng Frame(int x, int y, int w, int h, uint rgb, int thickness = 2) =>
        Fill(x, y, w, thickness, rgb).Fill(x, y + h - thickness, w, thickness, rgb)
            .Fill(x, y, thickness, h, rgb).Fill(x + w - thickness, y, thickness, h, rgb);

    public TinyPng Box(int x, int y, int w, int h, uint fill, uint border) => Fill(x, y, w, h, fill).Frame(x, y, w, h, border);

    public byte[] Encode(int? dotsPerInch = null)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        if (dotsPerInch is { } dpi)
        {
            var phys = new byte[9];
            var perMetre = (uint)Math.Round(dpi / 0.0254);
            BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(0), perMetre);
            BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), perMetre);
            phys[8] = 1;
            Chunk(png, "pHYs", phys);
        }
        using (var raw = new MemoryStream())
        {
            using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var row = 0; row < Height; row++)
                {
                    z.WriteByte(0); // filter: none
                    z.Write(_pixels, row * Width * 3, Width * 3);
                }
            }
            Chunk(png, "IDAT", raw.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private void Set(int x, int y, uint rgb)
    {
        var i = ((y * Width) + x) * 3;
        _pixels[i] = (byte)(rgb >> 16);
        _pixels[i + 1] = (byte)(rgb >> 8);
        _pixels[i + 2] = (byte)rgb;
    }

    private static byte[] CreateWhite(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        Array.Fill(pixels, (byte)0xFF);
        return pixels;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeBytes, data));
        png.Write(word);
    }

    private static readonly uint[] CrcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    private static uint Crc32(byte[] type, byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in type) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
