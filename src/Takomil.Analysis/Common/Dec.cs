namespace Takomil.Analysis.Common;

/// <summary>
/// Arithmetic that saturates instead of throwing: a hostile model (a time limit of 10^28 days) must give a huge
/// figure, never an OverflowException in the middle of an analysis.
/// </summary>
internal static class Dec
{
    /// <summary>Values above this are treated as not given: no real time limit or fee comes near it.</summary>
    public const decimal Implausible = 1_000_000_000_000m;

    public static decimal Mul(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a < 0) ^ (b < 0) ? decimal.MinValue : decimal.MaxValue;
        }
    }

    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    public static decimal Div(decimal a, decimal b)
    {
        if (b == 0) return 0;
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return (a < 0) ^ (b < 0) ? decimal.MinValue : decimal.MaxValue;
        }
    }

    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
