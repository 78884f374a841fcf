using Takomil.Analysis.Burden;
using Takomil.Analysis.Measures;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class ScaleTests
{
    /// <summary>
    /// 200 procedures: a main chain with side branches every fifth step, visits, decisions, sign-offs and documents —
    /// every rule has work to do. No time is asserted; the test must simply finish.
    /// </summary>
    private static List<Procedure> Generated(int count)
    {
        var steps = new List<Procedure>();
        for (var i = 0; i < count; i++)
        {
            var preds = i == 0 ? Array.Empty<string>() : i % 5 == 0 && i >= 10 ? [$"s{i - 1}", $"s{i - 10}"] : [$"s{i - 1}"];
            var kind = i % 17 == 0 ? ProcedureKind.ApplicantVisit : i % 7 == 0 ? ProcedureKind.Electronic : ProcedureKind.Manual;
            var title = i % 11 == 0 ? "Kelishish" : i % 13 == 0 ? "Obʼektni oʻrganish" : $"Qadam {i}";
            steps.Add(Step(
                $"s{i}",
                Agency($"Idora {i % 9}"),
                kind,
                inputs: i == 0 ? [] : [$"D{i - 1}", $"D{Math.Max(0, i - 3)}"],
                outputs: [$"D{i}"],
                preds: preds,
                days: 1 + (i % 4),
                title: title,
                role: $"Rol {i % 4}",
                decision: i % 23 == 0 ? new DecisionPoint("?", ["Ha"], ["Boshqa hollarda"]) : null));
        }
        return steps;
    }

    [Fact]
    public void Analyze_TwoHundredProcedures_FinishesWithValidToBe()
    {
        var steps = Generated(200);
        var facts = Facts((s, a) =>
        {
            Must(s.Set(a, new Domain.Facts.CostAndTerms(true, [], new TimeLimit(30m, TimeUnit.WorkingDays), [], null, null, Edit)));
            Must(s.Put(a, new Domain.Facts.YearStatistics(2025, 10_000, 0, 0, 0m, Edit)));
        });

        var report = Analyze(steps, facts);
        Assert.Equal(AnalysisStatus.Analysed, report.Status);
        Assert.NotEmpty(report.Findings);

        var result = ToBeBuilder.Apply(steps, report.Proposals, Accepted).GetValueOrThrow();
        Assert.Empty(ProcessGraph.StructuralIssues(result.Procedures));
        Assert.NotNull(BurdenCalculator.Compute(new AnalysisInput(result.Procedures, facts)).CriticalPathDays);
    }
}
