namespace Takomil.Reports.Tests.Sample;

/// <summary>Stand-in pictures: a lane scheme with procedure boxes and a before/after bar chart.</summary>
internal static class SampleFigures
{
    private static readonly uint[] LaneColours = [0xEEF3FB, 0xF7F7F7, 0xEEF3FB, 0xF7F7F7, 0xEEF3FB];

    /// <summary>A scheme of <paramref name="steps"/> boxes spread over lanes, joined by arrows.</summary>
    public static byte[] Scheme(int steps, int lanes)
    {
        const int laneHeight = 110;
        const int boxWidth = 110;
        const int gap = 30;
        var width = 140 + (steps * (boxWidth + gap));
        var png = new TinyPng(width, lanes * laneHeight);
        for (var l = 0; l < lanes; l++)
        {
            png.Fill(0, l * laneHeight, width, laneHeight, LaneColours[l % LaneColours.Length]).Fill(0, l * laneHeight, width, 1, 0x9AA5B1);
            png.Fill(0, l * laneHeight, 120, laneHeight, 0xD9E2F3).Frame(0, l * laneHeight, 120, laneHeight, 0x5B7DB1);
        }
        for (var s = 0; s < steps; s++)
        {
            var lane = s * 7 % lanes;
            var x = 140 + (s * (boxWidth + gap));
            var y = (lane * laneHeight) + 25;
            png.Box(x, y, boxWidth, 60, 0xFFFFFF, 0x2F5597);
            if (s + 1 < steps) png.Fill(x + boxWidth, y + 29, gap, 3, 0x333333);
        }
        return png.Encode();
    }

    /// <summary>Pairs of bars: before (grey) and after (blue), scaled to the larger of each pair.</summary>
    public static byte[] Chart(IReadOnlyList<(decimal Before, decimal After)> pairs)
    {
        const int height = 360;
        var width = 60 + (pairs.Count * 110);
        var png = new TinyPng(width, height).Fill(40, 20, 2, height - 60, 0x333333).Fill(40, height - 40, width - 60, 2, 0x333333);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (before, after) = pairs[i];
            var max = Math.Max(Math.Max(before, after), 1m);
            var b = (int)(before / max * (height - 80));
            var a = (int)(after / max * (height - 80));
            var x = 60 + (i * 110);
            png.Fill(x, height - 40 - b, 40, b, 0xA6A6A6).Fill(x + 45, height - 40 - a, 40, a, 0x2F5597);
        }
        return png.Encode(dotsPerInch: 120);
    }
}
