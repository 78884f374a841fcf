using Takomil.Analysis.Burden;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class BurdenTests
{
    private static readonly Participant Bank = new(ParticipantKind.Other, "Bank");

    private static FactSheet Statistics(params (int Year, long Applications)[] years) => Facts((s, a) =>
    {
        foreach (var (year, applications) in years) Must(s.Put(a, new YearStatistics(year, applications, 0, 0, 1m, Edit)));
    });

    [Fact]
    public void Compute_ScmByHand_HoursAndUzsPerYearFromLatestYear()
    {
        Procedure[] steps =
        [
            Step("fill", Applicant, ProcedureKind.Manual, outputs: ["Ariza"]),                                    // manual 0.5 h
            Step("visit", Agency("Hokimlik"), ProcedureKind.ApplicantVisit, inputs: ["Ariza", "Pasport", "Maʼlumotnoma"], outputs: ["Q"], preds: ["fill"]), // visit 3 h
            Step("pay", Bank, ProcedureKind.ApplicantVisit, outputs: ["Kvitansiya"], preds: ["visit"]),             // visit 3 h
            Step("notice", Applicant, ProcedureKind.Electronic, inputs: ["Kvitansiya", "Pasport"], preds: ["pay"]), // electronic 0.25 h
            Step("work", inputs: ["Q", "Ichki hujjat"], preds: ["notice"]),                                        // not applicant-facing
        ];
        // Documents brought from outside: Pasport, Maʼlumotnoma (Ariza and Kvitansiya are produced in the process;
        // Ichki hujjat is not asked of the applicant) → 2 × 2 h = 4 h.
        // Per application: 2 × 3 + 4 + 0.25 + 0.5 = 10.75 h. Latest year 2025: 1 000 applications → 10 750 h.
        // At 30 000 UZS/h: 322 500 000 UZS.
        var facts = Statistics((2023, 5_000), (2025, 1_000), (2024, 3_000));

        var burden = BurdenCalculator.Compute(new AnalysisInput(steps, facts));

        Assert.Equal(new ScmBurden(2, 2, 1, 1, 10.75m, 10_750m, 322_500_000m), burden.Scm);
        Assert.Equal(["Pasport", "Maʼlumotnoma"], burden.DocumentsAskedNames);
        Assert.Equal(2025, burden.StatisticsYear);
        Assert.Equal(1_000, burden.ApplicationsPerYear);
        Assert.Equal(5, burden.Steps);
        Assert.Equal(2, burden.ApplicantVisits);
        Assert.Equal(1, burden.Agencies);
        Assert.Equal(2, burden.ApplicantContactPoints);
    }

    [Fact]
    public void Compute_ConfiguredAssumptions_Used()
    {
        Procedure[] steps = [Step("visit", kind: ProcedureKind.ApplicantVisit, inputs: ["Pasport"])];
        var options = new AnalysisOptions { Scm = new ScmOptions { HoursPerVisit = 1m, HoursPerDocument = 0.5m, TariffUzsPerHour = 10_000m } };

        var burden = BurdenCalculator.Compute(new AnalysisInput(steps, Statistics((2025, 100))), options);

        // (1 + 0.5) h × 100 = 150 h; × 10 000 = 1 500 000 UZS.
        Assert.Equal(1.5m, burden.Scm.HoursPerApplication);
        Assert.Equal(150m, burden.Scm.HoursPerYear);
        Assert.Equal(1_500_000m, burden.Scm.UzsPerYear);
    }

    [Fact]
    public void Compute_CriticalPathInWorkingDays_HoursAndCalendarDaysConverted()
    {
        Procedure[] steps =
        [
            Step("a", days: 4m, unit: TimeUnit.Hours),
            Step("b", days: 7m, unit: TimeUnit.CalendarDays, preds: ["a"]),
            Step("c", days: 2m, preds: ["a"]),
            Step("d", days: 0m, preds: ["b", "c"]),
        ];
        // a = 4/8 = 0.5; b = 7 × 5/7 = 5; c = 2; d unknown (0) → 0.5 + 5 = 5.5. With a 6-day week b = 6 → 6.5.
        Assert.Equal(5.5m, BurdenCalculator.Compute(new AnalysisInput(steps)).CriticalPathDays);
        Assert.Equal(6.5m, BurdenCalculator.Compute(new AnalysisInput(steps), new AnalysisOptions { WorkingDaysPerWeek = 6m }).CriticalPathDays);
        Assert.Equal(1, BurdenCalculator.Compute(new AnalysisInput(steps)).StepsWithoutTimeLimit);
    }

    [Fact]
    public void Compute_Fees_BhmConvertedStepCostsWinOverFactSheet()
    {
        var facts = Facts((s, a) => Must(s.Set(a, new CostAndTerms(false, [new Fee("Boj", new Amount(null, 2m))], null, [], null, null, Edit))));
        Procedure[] withCost = [Step("pay", cost: new Amount(50_000m, null)), Step("form", cost: new Amount(999m, 0.5m), preds: ["pay"])];
        Procedure[] withoutCost = [Step("a")];

        // Steps: 50 000 + 0.5 × 412 000 (the multiple wins over the so'm figure) = 256 000.
        Assert.Equal(256_000m, BurdenCalculator.Compute(new AnalysisInput(withCost, facts)).FeesUzs);
        // Fact sheet: 2 × 412 000 = 824 000; with a BHM of 375 000: 750 000.
        Assert.Equal(824_000m, BurdenCalculator.Compute(new AnalysisInput(withoutCost, facts)).FeesUzs);
        Assert.Equal(750_000m, BurdenCalculator.Compute(new AnalysisInput(withoutCost, facts), new AnalysisOptions { BhmUzs = 375_000m }).FeesUzs);
    }

    [Fact]
    public void Compute_NoStatistics_PerYearZero()
    {
        var burden = BurdenCalculator.Compute(new AnalysisInput([Step("v", kind: ProcedureKind.ApplicantVisit)]));

        Assert.Equal(3m, burden.Scm.HoursPerApplication);
        Assert.Equal(0m, burden.Scm.HoursPerYear);
        Assert.Null(burden.StatisticsYear);
    }

    [Fact]
    public void Comparison_RowsPerMetric_AbsoluteAndPercentChange()
    {
        Procedure[] asIs = [Step("v1", kind: ProcedureKind.ApplicantVisit, days: 4m), Step("v2", kind: ProcedureKind.ApplicantVisit, days: 4m, preds: ["v1"])];
        Procedure[] toBe = [Step("v1", Applicant, ProcedureKind.Electronic, days: 1m)];
        var facts = Statistics((2025, 10));

        var comparison = Comparison.Of(
            BurdenCalculator.Compute(new AnalysisInput(asIs, facts)), BurdenCalculator.Compute(new AnalysisInput(toBe, facts)));

        Assert.Equal(Metrics.All, comparison.Rows.Select(r => r.MetricKey));
        // Steps 2 → 1: −1, −50 %. Critical path 8 → 1: −7, −87.5 %. SCM 6 h → 0.25 h: −5.75, −95.83 %.
        Assert.Equal(new ComparisonRow(Metrics.Steps, 2m, 1m, -1m, -50m), comparison[Metrics.Steps]);
        Assert.Equal(new ComparisonRow(Metrics.CriticalPathDays, 8m, 1m, -7m, -87.5m), comparison[Metrics.CriticalPathDays]);
        Assert.Equal(new ComparisonRow(Metrics.ScmHoursPerApplication, 6m, 0.25m, -5.75m, -95.83m), comparison[Metrics.ScmHoursPerApplication]);
        // Nothing to compare against: no percentage.
        Assert.Equal(new ComparisonRow(Metrics.FeesUzs, 0m, 0m, 0m, null), comparison[Metrics.FeesUzs]);
    }
}
