using System.Text.Json;
using Takomil.Analysis.Measures;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class HostileModelTests
{
    [Fact]
    public void Analyze_EmptyModel_ModelEmptyNoFindings()
    {
        var report = Analyze([], Facts());

        Assert.Equal(AnalysisStatus.ModelEmpty, report.Status);
        Assert.Empty(report.Findings);
        Assert.Empty(report.Proposals);
        Assert.Equal(ReasonCodes.ModelEmpty, Assert.Single(report.Issues).Code);
        Assert.Null(report.Burden);
    }

    [Fact]
    public void Analyze_CycleAndDanglingPredecessor_ModelInvalidOnlyOrderFreeRulesRun()
    {
        Procedure[] steps =
        [
            Step("a", kind: ProcedureKind.ApplicantVisit, preds: ["b"], outputs: ["A"]),
            Step("b", preds: ["a", "ghost"], inputs: ["A"], outputs: ["B"]),
            Step("c", title: "Qarorni tasdiqlash", preds: ["b"], decision: new DecisionPoint("?", [], [])),
        ];

        var report = Analyze(steps, Facts());

        Assert.Equal(AnalysisStatus.ModelInvalid, report.Status);
        Assert.Contains(report.Issues, i => i.Code == ReasonCodes.ModelCycle);
        Assert.Contains(report.Issues, i => i.Code == ReasonCodes.ModelDanglingPredecessor);
        Assert.Equal(["R02-electronic-interaction", "R10-decision-criteria"], report.Findings.Select(f => f.RuleId));
        Assert.Null(report.Burden!.CriticalPathDays);
    }

    [Fact]
    public void Analyze_NullsWhereListsArePromised_NoCrash()
    {
        // What a careless deserialiser produces: nulls in every list, a null lane, null entries in lists.
        var broken = new Procedure("x", null!, null!, null!, ProcedureKind.ApplicantVisit, null!, [null!, "Doc"], null!, null, null, null!,
            new DecisionPoint(null!, null!, null!), null!, null!, null!);
        var next = Step("y", inputs: ["Doc"], preds: ["x"]);

        var report = Analyze([broken, next, null!], Facts());

        Assert.Equal(AnalysisStatus.Analysed, report.Status);
        Assert.Contains(report.Findings, f => f.RuleId == "R10-decision-criteria");
        Assert.True(ToBeBuilder.Apply([broken, next], report.Proposals, Accepted).IsSuccess);
    }

    [Fact]
    public void Analyze_AbsurdNumbers_SaturateInsteadOfThrowing()
    {
        Procedure[] steps =
        [
            Step("a", kind: ProcedureKind.ApplicantVisit, days: 79_000_000_000_000_000_000_000_000_000m, cost: new Amount(decimal.MaxValue, decimal.MaxValue)),
            Step("b", kind: ProcedureKind.ApplicantVisit, days: 0.000_000_1m, unit: TimeUnit.Hours, preds: ["a"], cost: new Amount(-5m, null)),
        ];
        var facts = Facts((s, a) => Must(s.Put(a, new Domain.Facts.YearStatistics(2025, long.MaxValue, 0, 0, 0m, Edit))));
        var options = new AnalysisOptions { Scm = new ScmOptions { TariffUzsPerHour = decimal.MaxValue / 2 } };

        var report = Analyze(steps, facts, options);

        Assert.Equal(AnalysisStatus.Analysed, report.Status);
        Assert.Equal(0m, report.Burden!.FeesUzs);
        Assert.Equal(1, report.Burden.StepsWithoutTimeLimit);
        Assert.Equal(decimal.MaxValue, report.Burden.Scm.UzsPerYear);
    }

    [Fact]
    public void Analyze_InvalidOptions_RefusedWithoutRunning()
    {
        var report = Analyze([Step("a")], options: new AnalysisOptions { HoursPerWorkingDay = 0m, MaxSignOffLevels = 0 });

        Assert.Equal(AnalysisStatus.OptionsInvalid, report.Status);
        Assert.Equal(2, report.Issues.Count);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Analyze_DuplicateKeys_ReportedNotThrown()
    {
        var report = Analyze([Step("a", outputs: ["A"]), Step("a", inputs: ["A"])]);

        Assert.Equal(AnalysisStatus.ModelInvalid, report.Status);
        Assert.Contains(report.Issues, i => i.Code == ReasonCodes.ModelDuplicateStep);
    }

    [Fact]
    public void Analyze_SameModelTwice_SameIds()
    {
        var sample = Samples.GoldenSamples.Load(Samples.GoldenSamples.NonResidentialConversion).GetValueOrThrow();
        var first = Analyze(sample.Procedures(Editor, At), null);
        var second = Analyze(sample.Procedures(Guid.NewGuid(), At.AddYears(1)), null);

        Assert.Equal(first.Findings.Select(f => f.Id), second.Findings.Select(f => f.Id));
        Assert.Equal(first.Proposals.Select(p => p.Id), second.Proposals.Select(p => p.Id));
        Assert.Matches("^R02-electronic-interaction/[0-9a-f]{10}$", first.Findings[0].Id);
    }

    [Fact]
    public void Proposals_JsonRoundTrip_KeepTransformationTypes()
    {
        var sample = Samples.GoldenSamples.Load(Samples.GoldenSamples.NonResidentialConversion).GetValueOrThrow();
        var proposals = Analyze(sample.Procedures(Editor, At), null).Proposals;

        var json = JsonSerializer.Serialize(proposals, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<List<MeasureProposal>>(json, JsonSerializerOptions.Web)!;

        Assert.Contains("\"type\":\"removeStep\"", json, StringComparison.Ordinal);
        Assert.Equal(proposals.SelectMany(p => p.Transformations), back.SelectMany(p => p.Transformations), new TransformationJsonEquality());
    }

    private sealed class TransformationJsonEquality : IEqualityComparer<Transformation>
    {
        public bool Equals(Transformation? x, Transformation? y) =>
            JsonSerializer.Serialize(x, JsonSerializerOptions.Web) == JsonSerializer.Serialize(y, JsonSerializerOptions.Web) && x?.GetType() == y?.GetType();

        public int GetHashCode(Transformation obj) => obj.GetType().GetHashCode();
    }
}
