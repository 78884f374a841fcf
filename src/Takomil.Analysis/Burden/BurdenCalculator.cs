using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Burden;

/// <summary>
/// Computes <see cref="BurdenFigures"/> for a model. Pure arithmetic on the procedures and the fact sheet; every
/// assumption (hours per visit, tariff, BHM value, hours per working day) comes from <see cref="AnalysisOptions"/>.
/// </summary>
public static class BurdenCalculator
{
    public static BurdenFigures Compute(AnalysisInput input, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(new AnalysisContext(input, options ?? AnalysisOptions.Default));
    }

    internal static BurdenFigures Compute(AnalysisContext context)
    {
        var o = context.Options;
        var steps = context.Procedures;
        var facing = steps.Where(AnalysisContext.IsApplicantFacing).ToList();
        var visits = steps.Count(p => p.Kind == ProcedureKind.ApplicantVisit);
        var electronic = facing.Count(p => p.Kind is ProcedureKind.Electronic or ProcedureKind.InteragencyRequest);
        var manual = facing.Count(p => p.Kind == ProcedureKind.Manual);
        // Asked = what the applicant brings from outside the process: inputs of applicant-facing steps no step produces.
        var asked = facing.SelectMany(p => p.InputDocuments)
            .Where(d => !string.IsNullOrWhiteSpace(d) && context.ProducersOf(d).Count == 0)
            .Distinct(Names.Comparer)
            .ToList();
        var agencies = steps.Select(context.AgencyOf).OfType<AgencyRef>().DistinctBy(a => a.Key).Count();
        var contactPoints = steps.Where(p => p.Kind == ProcedureKind.ApplicantVisit && p.Lane.Kind != ParticipantKind.Applicant)
            .Select(p => context.AgencyOf(p)?.Key ?? Names.Normalize(p.Lane.Name))
            .Distinct(StringComparer.Ordinal)
            .Count();
        decimal? criticalPath = context.IsValidGraph && steps.Count > 0
            ? Dec.Round2(context.Graph.LongestPath(p => context.DurationDays(p) ?? 0m).Total)
            : null;
        var latest = context.Facts?.Statistics.Where(s => s.Applications >= 0).MaxBy(s => s.Year);
        var applications = latest?.Applications ?? 0;

        var hours = Dec.Add(
            Dec.Add(Dec.Mul(visits, o.Scm.HoursPerVisit), Dec.Mul(asked.Count, o.Scm.HoursPerDocument)),
            Dec.Add(Dec.Mul(electronic, o.Scm.HoursPerElectronicInteraction), Dec.Mul(manual, o.Scm.HoursPerManualInteraction)));
        var hoursPerYear = Dec.Mul(hours, applications);
        var scm = new ScmBurden(visits, asked.Count, electronic, manual, hours, hoursPerYear, Dec.Mul(hoursPerYear, o.Scm.TariffUzsPerHour));

        return new BurdenFigures(
            steps.Count, visits, asked.Count, asked, agencies, contactPoints, criticalPath,
            steps.Count(p => context.DurationDays(p) is null), Fees(context), applications, latest?.Year, scm);
    }

    /// <summary>
    /// Fees per application: the procedures' costs when any step has one (the model is the newer picture), else the
    /// fact sheet's fees. A BHM multiple wins over a UZS figure given with it: the law sets the multiple.
    /// </summary>
    private static decimal Fees(AnalysisContext context)
    {
        var costs = context.Procedures.Select(p => ToUzs(p.Cost, context.Options)).OfType<decimal>().ToList();
        if (costs.Count > 0) return costs.Aggregate(0m, Dec.Add);
        var terms = context.Facts?.CostAndTerms;
        if (terms is null || terms.IsFree) return 0m;
        return terms.Fees.Select(f => ToUzs(f?.Amount, context.Options)).OfType<decimal>().Aggregate(0m, Dec.Add);
    }

    internal static decimal? ToUzs(Amount? amount, AnalysisOptions options)
    {
        if (amount is null) return null;
        if (amount.BhmMultiple is >= 0 and <= Dec.Implausible) return Dec.Mul(amount.BhmMultiple.Value, options.BhmUzs);
        if (amount.Uzs is >= 0 and <= Dec.Implausible) return amount.Uzs;
        return null;
    }
}
