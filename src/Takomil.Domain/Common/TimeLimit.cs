namespace Takomil.Domain.Common;

public enum TimeUnit
{
    WorkingDays = 0,
    CalendarDays = 1,
    Hours = 2,
}

/// <summary>A time limit as the law or the practice states it (p. 11 third fact; p. 13 for every procedure).</summary>
public sealed record TimeLimit(decimal Value, TimeUnit Unit)
{
    public bool IsValid => Value > 0;
}
