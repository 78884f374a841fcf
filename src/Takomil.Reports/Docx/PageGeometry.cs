namespace Takomil.Reports.Docx;

/// <summary>
/// A4 with the margins of Uzbek state documents (left 30 mm for binding, right 15 mm, top and bottom 20 mm),
/// in twentieths of a point (twips) and, for pictures, English Metric Units.
/// </summary>
internal sealed record PageGeometry(int Width, int Height, bool Landscape)
{
    public const int ShortSide = 11906;
    public const int LongSide = 16838;
    public const int Left = 1701;
    public const int Right = 850;
    public const int Top = 1134;
    public const int Bottom = 1134;
    public const long EmuPerTwip = 635;

    public static PageGeometry Portrait { get; } = new(ShortSide, LongSide, false);

    public static PageGeometry LandscapePage { get; } = new(LongSide, ShortSide, true);

    public static PageGeometry For(bool landscape) => landscape ? LandscapePage : Portrait;

    public int TextWidth => Width - Left - Right;

    public int TextHeight => Height - Top - Bottom;

    public long TextWidthEmu => TextWidth * EmuPerTwip;

    /// <summary>A picture may take most of the page height, leaving room for its caption and a heading.</summary>
    public long MaxPictureHeightEmu => TextHeight * EmuPerTwip * 7 / 10;
}
