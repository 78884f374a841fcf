using Takomil.Analysis.Common;
using Takomil.Domain.Common;

namespace Takomil.Analysis.Graph;

/// <summary>Every time limit in working days: hours by the working day's length, calendar days by the working week.</summary>
internal static class Durations
{
    /// <summary>Working days, or null when the limit is missing, not positive or implausibly large.</summary>
    public static decimal? WorkingDays(TimeLimit? limit, AnalysisOptions options)
    {
        if (limit is not { IsValid: true } || limit.Value > Dec.Implausible) return null;
        return limit.Unit switch
        {
            TimeUnit.WorkingDays => limit.Value,
            TimeUnit.CalendarDays => Dec.Div(Dec.Mul(limit.Value, options.WorkingDaysPerWeek), 7m),
            TimeUnit.Hours => Dec.Div(limit.Value, options.HoursPerWorkingDay),
            _ => null,
        };
    }
}
