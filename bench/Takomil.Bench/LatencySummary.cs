namespace Takomil.Bench;

/// <summary>Nearest-rank percentiles over one measured phase's turn latencies.</summary>
internal static class LatencySummary
{
    public static double Percentile(IReadOnlyList<double> sortedMs, double p)
    {
        if (sortedMs.Count == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(p / 100.0 * sortedMs.Count);
        return sortedMs[Math.Clamp(rank - 1, 0, sortedMs.Count - 1)];
    }
}
