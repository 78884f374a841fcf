namespace Takomil.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_NoArguments_AllTargetsThreeLevelsFullDurations()
    {
        var o = BenchOptions.Parse([]);

        Assert.Equal(["takomil", "js", "raw"], o.Targets);
        Assert.Equal([1, 16, 64], o.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(3), o.Warmup);
        Assert.Equal(TimeSpan.FromSeconds(12), o.Measure);
    }

    [Fact]
    public void Parse_QuickWithExplicitDuration_ExplicitValueWins()
    {
        var o = BenchOptions.Parse(["--quick", "--duration", "5"]);

        Assert.Equal(TimeSpan.FromSeconds(1), o.Warmup);
        Assert.Equal(TimeSpan.FromSeconds(5), o.Measure);
    }

    [Fact]
    public void Parse_Diagrams_DiagramsModeOn()
    {
        Assert.True(BenchOptions.Parse(["--diagrams", "--quick"]).Diagrams);
        Assert.False(BenchOptions.Parse([]).Diagrams);
    }

    [Theory]
    [InlineData("--targets", "takomil,python")]
    [InlineData("--concurrency", "0")]
    [InlineData("--warmup", "-1")]
    [InlineData("--bogus", "1")]
    public void Parse_BadArgument_ThrowsArgumentException(string name, string value) =>
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse([name, value]));
}
