namespace Takomil.Bench.Tests;

public sealed class ResultTableTests
{
    private static CellResult Cell(string target, int c, int turns, double seconds, double p50, double p99, double cpu = double.NaN) =>
        new(target, c, turns, 0, seconds, p50, p99, cpu, new ReplyCounters(turns, 0, 0), []);

    [Fact]
    public void Markdown_AllThreeTargets_RatiosAreTakomilOverPeer()
    {
        var cells = new[]
        {
            Cell(TargetNames.Takomil, 1, 500, 1, 2.0, 8.0, cpu: 1.5),
            Cell(TargetNames.Js, 1, 1000, 1, 1.0, 4.0, cpu: 0.5),
            Cell(TargetNames.Raw, 1, 2000, 1, 0.5, 2.0, cpu: 0.05),
        };

        var lines = ResultTable.Markdown(cells, [1]).Split(Environment.NewLine);

        Assert.Contains("| 1 | turns/s | 500 | 1000 | 2000 | 0.50× | 0.25× |", lines);
        Assert.Contains("| 1 | p50 ms | 2.00 | 1.00 | 0.50 | 2.00× | 4.00× |", lines);
        Assert.Contains("| 1 | p99 ms | 8.00 | 4.00 | 2.00 | 2.00× | 4.00× |", lines);
        Assert.Contains("| 1 | target CPU ms/turn | 1.50 | 0.50 | 0.050 | 3.00× | 30.00× |", lines);
        Assert.Contains("| 1 | errors | 0 | 0 | 0 | — | — |", lines);
    }

    [Fact]
    public void Markdown_TakomilNotRun_ShowsDashesAndNoRatios()
    {
        var cells = new[] { Cell(TargetNames.Js, 16, 1000, 2, 1.0, 4.0), Cell(TargetNames.Raw, 16, 3000, 2, 0.5, 2.0) };

        var lines = ResultTable.Markdown(cells, [16]).Split(Environment.NewLine);

        Assert.Contains("| 16 | turns/s | — | 500 | 1500 | — | — |", lines);
        Assert.Contains("| 16 | target CPU ms/turn | — | — | — | — | — |", lines);
    }

    [Fact]
    public void Percentile_NearestRank_PicksTheRankedSample()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

        Assert.Equal(50, LatencySummary.Percentile(sorted, 50));
        Assert.Equal(99, LatencySummary.Percentile(sorted, 99));
        Assert.Equal(7, LatencySummary.Percentile([7.0], 99));
        Assert.True(double.IsNaN(LatencySummary.Percentile([], 50)));
    }
}
