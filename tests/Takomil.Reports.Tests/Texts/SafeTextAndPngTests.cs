using Takomil.Reports.Common;
using Takomil.Reports.Tests.Sample;

namespace Takomil.Reports.Tests.Texts;

public sealed class SafeTextAndPngTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("nul\u0000bell\u0007del\u007Fc1\u0085", "nulbelldelc1")]
    [InlineData("pair \uD83D\uDE00 ok", "pair \uD83D\uDE00 ok")]
    [InlineData("noncharacters\uFFFE\uFFFF", "noncharacters")]
    [InlineData("Oʻzbekiston ҳужжат <b>&amp;", "Oʻzbekiston ҳужжат <b>&amp;")]
    public void Clean_KeepsWhatXmlAllowsAndDropsTheRest(string input, string expected)
    {
        Assert.Equal(expected, SafeText.Clean(input));
    }

    [Fact]
    public void Clean_LoneSurrogates_AreDropped()
    {
        // Built in code: xunit's test-case serialisation would turn a lone surrogate into U+FFFD.
        var input = "lone" + '\uD800' + "high " + '\uDC00' + "low";
        Assert.Equal("lonehigh low", SafeText.Clean(input));
    }

    [Fact]
    public void Clean_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, SafeText.Clean(null));
    }

    [Fact]
    public void Read_PngWithoutResolution_Is96Dpi()
    {
        var size = PngSize.Read(new TinyPng(320, 200).Encode());
        Assert.Equal(new PngSize(320, 200, 96, 96), size);
    }

    [Fact]
    public void Read_PngWithResolution_UsesIt()
    {
        var size = PngSize.Read(new TinyPng(10, 20).Encode(dotsPerInch: 300));
        Assert.Equal(new PngSize(10, 20, 300, 300), size);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    public void Read_NotAPng_IsRefused(byte[] data)
    {
        Assert.Throws<ArgumentException>(() => PngSize.Read(data));
    }
}
