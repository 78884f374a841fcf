namespace Takomil.Domain.Common;

/// <summary>
/// A cost in Uzbek so'm and/or in multiples of the base calculation amount (BHM), the way fees are set in
/// Uzbek law ("BHMning 2 baravari"). At least one of the two is needed for the amount to be known.
/// </summary>
public sealed record Amount(decimal? Uzs, decimal? BhmMultiple)
{
    public static Amount Zero { get; } = new(0m, null);

    public bool IsKnown => Uzs is >= 0 || BhmMultiple is >= 0;
}
