using Takomil.Analysis.Burden;
using Takomil.Analysis.Measures;
using Takomil.Analysis.Samples;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

/// <summary>
/// The golden service (samples/models/noturar-joyga-otkazish.json). Every expectation is worked out by hand from the
/// file in the comments, not taken from the code's output.
/// </summary>
public class GoldenSampleTests
{
    private static MaterializedSample Sample()
    {
        var sample = GoldenSamples.Load(GoldenSamples.NonResidentialConversion).GetValueOrThrow();
        return sample.Materialize(Lead, Guid.NewGuid(), At).GetValueOrThrow();
    }

    private static AnalysisReport AsIsReport(MaterializedSample sample) => new ServiceAnalyzer().Analyze(sample.ToInput());

    private static string Describe(Analysis.Findings.Finding f) =>
        $"{f.RuleId} [{string.Join(",", f.Procedures)}] [{string.Join(",", f.Documents)}]";

    [Fact]
    public void Load_GoldenSample_MaterialisesCompleteFactsAndValidModel()
    {
        var sample = Sample();

        Assert.Contains(GoldenSamples.NonResidentialConversion, GoldenSamples.Names);
        Assert.True(sample.Facts.Completeness().IsComplete, string.Join("; ", sample.Facts.Completeness().AllMissing));
        Assert.Empty(sample.AsIs.Validate());
        Assert.Equal(16, sample.AsIs.Procedures.Count);
        Assert.All(sample.AsIs.Procedures, p => Assert.Equal("samples/models/noturar-joyga-otkazish.json", p.Provenance.ImportFile));
        Assert.Equal(5, sample.Facts.Agencies.Count);
        Assert.Equal(3, sample.Facts.InformationSystems.Count);
        Assert.Equal(7, sample.Facts.InputDocuments.Count + sample.Facts.OutputDocuments.Count);
    }

    [Fact]
    public void Analyze_GoldenAsIs_FindingsPinnedByRuleAndElements()
    {
        var report = AsIsReport(Sample());

        Assert.Equal(AnalysisStatus.Analysed, report.Status);
        string[] expected =
        [
            // R01: held in a system; Kadastr pasporti is also used by the on-site inspection (p05).
            "R01-once-only [p01] [Pasport nusxasi]",
            "R01-once-only [p01,p05] [Kadastr pasporti]",
            "R01-once-only [p01] [Mulk huquqini tasdiqlovchi hujjat]",
            // R02: the paper form and the three visits (hokimlik twice, the bank once).
            "R02-electronic-interaction [p00] []",
            "R02-electronic-interaction [p01] [Ariza,Pasport nusxasi,Kadastr pasporti,Mulk huquqini tasdiqlovchi hujjat,Qoʻshnilarning roziligi]",
            "R02-electronic-interaction [p13] []",
            "R02-electronic-interaction [p14] [Hokim qarori,Toʻlov kvitansiyasi]",
            // R03: three visits against one.
            "R03-applicant-visits [p01,p13,p14] []",
            // R04: the paper journal entry nobody reads.
            "R04-unused-output [p03] [Qayd jurnalidagi yozuv]",
            // R05: the on-site inspection by the construction department and again by the hokimlik commission.
            "R05-duplicate-function [p05,p08] []",
            // R06: p04 needs only p02's registration; the fire-safety conclusion needs nothing of the sanitary one.
            "R06-parallel-steps [p03,p04] [Qayd jurnalidagi yozuv]",
            "R06-parallel-steps [p06,p07] [Sanitariya-epidemiologik xulosa]",
            // R07: the chain is linear, so the critical path is every step (see the figures test for 34.25 days).
            "R07-critical-path [p00,p01,p02,p03,p04,p05,p06,p07,p08,p09,p10,p11,p12,p13,p14,p15] []",
            // R08: legal department → deputy hokim → hokim: three levels against two.
            "R08-sign-off-levels [p10,p11,p12] []",
            // R09: the decision copy has no template and its "new purpose" requisite no classifier.
            "R09-document-unification [p14] [Hokim qarorining koʻchirmasi]",
            // R10: "Boshqa hollarda maqsadga muvofiq emas…" leaves refusal to discretion.
            "R10-decision-criteria [p09] []",
        ];
        Assert.Equal(expected, report.Findings.Select(Describe));
        var critical = report.Findings.Single(f => f.RuleId == "R07-critical-path");
        Assert.Equal("34.25", critical.Parameters["criticalPathDays"]);
        Assert.Equal("20", critical.Parameters["legalLimitDays"]);
        Assert.Equal("14.25", critical.Parameters["excessDays"]);
        Assert.Equal("Yuridik boʻlim boshligʻi → Hokim oʻrinbosari → Tuman hokimi", report.Findings.Single(f => f.RuleId == "R08-sign-off-levels").Parameters["roles"]);
        Assert.Equal("template,classifiers", report.Findings.Single(f => f.RuleId == "R09-document-unification").Parameters["gaps"]);
        Assert.Equal(["Tuman hokimligi", "Tijorat banki"], report.Findings.Single(f => f.RuleId == "R03-applicant-visits").Agencies);
    }

    [Fact]
    public void Analyze_GoldenAsIs_MeasuresProposedPerFinding()
    {
        var report = AsIsReport(Sample());

        var proposals = report.Proposals.Select(p => $"{p.RuleId} {p.Measure} {string.Join(" + ", p.Transformations.Select(Signature))}");
        string[] expected =
        [
            "R01-once-only CutApplicantDocuments request:Pasport nusxasi",
            "R01-once-only CutApplicantDocuments request:Kadastr pasporti",
            "R01-once-only CutApplicantDocuments request:Mulk huquqini tasdiqlovchi hujjat",
            "R02-electronic-interaction ChangeProcedures electronic:p00",
            "R02-electronic-interaction ChangeProcedures electronic:p01",
            "R02-electronic-interaction ChangeProcedures electronic:p13",
            "R02-electronic-interaction ChangeProcedures electronic:p14",
            // The bank visit is an office visit too: all three go to the one-stop shop.
            "R03-applicant-visits SingleWindow one-stop:p01,p13,p14",
            "R04-unused-output RemoveRedundantProcedures remove:p03",
            // b) keep the first inspection; g) the provider (hokimlik) does the one inspection instead.
            "R05-duplicate-function RemoveRedundantProcedures remove:p08>p05",
            "R05-duplicate-function ReassignAgencies remove:p08>p05 + move:p05>Tuman hokimligi",
            "R06-parallel-steps ChangeProcedures parallel:p04|p03",
            "R06-parallel-steps ChangeProcedures parallel:p07|p06",
            // Steps on the critical path longer than 3 working days: the two 5-day conclusions.
            "R07-critical-path SetOrCutTimeLimits cut:p06:3",
            "R07-critical-path SetOrCutTimeLimits cut:p07:3",
            // Delegate: the first two levels stay, the deputy hokim signs instead of the hokim.
            "R08-sign-off-levels DelegateDecisions remove:p12>p11",
            "R09-document-unification UnifyDocuments mark:Hokim qarorining koʻchirmasi:p14",
            "R10-decision-criteria ChangeProcedures mark::p09",
        ];
        Assert.Equal(expected, proposals);
        Assert.All(report.Proposals, p => Assert.Single(p.FindingIds));
        Assert.Equal(report.Proposals.Count, report.Proposals.Select(p => p.Id).Distinct().Count());
    }

    private static string Signature(Transformation t) => t switch
    {
        RequestFromAgency r => $"request:{r.Document}",
        RemoveStep r => r.Heir is null ? $"remove:{r.StepKey}" : $"remove:{r.StepKey}>{r.Heir}",
        DropPredecessor d => $"parallel:{d.StepKey}|{d.Predecessor}",
        MakeElectronic m => $"electronic:{m.StepKey}",
        RouteThroughOneStopShop o => "one-stop:" + string.Join(',', o.StepKeys),
        MoveToAgency m => $"move:{m.StepKey}>{m.AgencyName}",
        CutTimeLimit c => $"cut:{c.StepKey}:{c.Limit.Value}",
        MarkForMeasure m => $"mark:{m.Document}:" + string.Join(',', m.StepKeys),
        _ => t.ToString(),
    };

    /// <summary>The subset the golden working group accepts: documents by request, the journal, the second inspection,
    /// the parallel conclusions, delegation, the one-stop shop, the form and the payment online.</summary>
    private static IReadOnlyList<MeasureProposal> AcceptedSubset(AnalysisReport report)
    {
        string[] wanted =
        [
            "request:Pasport nusxasi", "request:Kadastr pasporti", "request:Mulk huquqini tasdiqlovchi hujjat", "remove:p03", "remove:p08>p05",
            "parallel:p07|p06", "remove:p12>p11", "one-stop:p01,p13,p14", "electronic:p00", "electronic:p13",
        ];
        return [.. report.Proposals.Where(p => p.Transformations.Count == 1 && wanted.Contains(Signature(p.Transformations[0])))];
    }

    [Fact]
    public void ToBe_AcceptedSubset_FiguresWorkedOutByHand()
    {
        var sample = Sample();
        var report = AsIsReport(sample);
        var accepted = AcceptedSubset(report);
        Assert.Equal(10, accepted.Count);

        var result = ToBeBuilder.Apply(sample.AsIs.Procedures, accepted, Accepted).GetValueOrThrow();
        Assert.All(result.Outcomes, o => Assert.Equal(ProposalEffect.Applied, o.Effect));
        var toBeModel = ToBeModelWriter.Create(Guid.NewGuid(), Lead, result.Procedures).GetValueOrThrow();
        Assert.Equal(ProcessModelKind.ToBe, toBeModel.Kind);
        Assert.Empty(toBeModel.Validate());

        // p03, p08, p12 removed; the Kadastr pasporti request added (p05 still needs it): 16 − 3 + 1 = 14.
        Assert.Equal(
            ["p00", "p01", "p02", "p04", "ir-kadastr-pasporti", "p05", "p06", "p07", "p09", "p10", "p11", "p13", "p14", "p15"],
            result.Procedures.Select(p => p.Key));
        var toBe = BurdenCalculator.Compute(new AnalysisInput(result.Procedures, sample.Facts));
        var asIs = report.Burden!;

        // As-is, per application: visits p01, p13, p14 = 3 × 3 h = 9; documents from outside (passport copy, cadastral
        // passport, title deed, neighbours' consent) = 4 × 2 h = 8; paper form p00 = 0.5 → 17.5 h.
        // 2025: 1 450 applications → 25 375 h → × 30 000 UZS = 761 250 000 UZS.
        Assert.Equal(new ScmBurden(3, 4, 0, 1, 17.5m, 25_375m, 761_250_000m), asIs.Scm);
        // Critical path (one chain): 0.25 + 1 + 0.5 + 0.5 + 2 + 3 + 5 + 5 + 3 + 3 + 2 + 2 + 3 + 1 + 1 + 2 = 34.25 WD.
        Assert.Equal(34.25m, asIs.CriticalPathDays);
        // Fee: 1 BHM × 412 000.
        Assert.Equal(412_000m, asIs.FeesUzs);
        Assert.Equal((16, 3, 4, 5, 2), (asIs.Steps, asIs.ApplicantVisits, asIs.DocumentsAsked, asIs.Agencies, asIs.ApplicantContactPoints));

        // To-be: visits p01, p14 (both at the one-stop shop) = 6 h; neighbours' consent = 2 h; form and payment online
        // = 2 × 0.25 h → 8.5 h; × 1 450 = 12 325 h; × 30 000 = 369 750 000 UZS.
        Assert.Equal(new ScmBurden(2, 1, 2, 0, 8.5m, 12_325m, 369_750_000m), toBe.Scm);
        // p00 0.25 → p01 1 → max(p02 0.5 + p04 2, request 0.5) → p05 3 → max(p06 5, p07 5) → p09 3 → p10 2 → p11 2
        // → p13 1 → p14 1 → p15 2 = 22.75 WD.
        Assert.Equal(22.75m, toBe.CriticalPathDays);
        // Agencies: the five plus the one-stop shop; contact points: only the one-stop shop.
        Assert.Equal((14, 2, 1, 6, 1), (toBe.Steps, toBe.ApplicantVisits, toBe.DocumentsAsked, toBe.Agencies, toBe.ApplicantContactPoints));

        var comparison = Comparison.Of(asIs, toBe);
        Assert.Equal(new ComparisonRow(Metrics.CriticalPathDays, 34.25m, 22.75m, -11.5m, -33.58m), comparison[Metrics.CriticalPathDays]);
        Assert.Equal(new ComparisonRow(Metrics.ScmUzsPerYear, 761_250_000m, 369_750_000m, -391_500_000m, -51.43m), comparison[Metrics.ScmUzsPerYear]);
        Assert.Equal(new ComparisonRow(Metrics.DocumentsAsked, 4m, 1m, -3m, -75m), comparison[Metrics.DocumentsAsked]);
        Assert.Equal(new ComparisonRow(Metrics.Agencies, 5m, 6m, 1m, 20m), comparison[Metrics.Agencies]);
        Assert.Equal(new ComparisonRow(Metrics.FeesUzs, 412_000m, 412_000m, 0m, 0m), comparison[Metrics.FeesUzs]);
    }

    [Fact]
    public void ToBe_AcceptedSubset_StepsCarryMeasuresAndAcceptorProvenance()
    {
        var sample = Sample();
        var result = ToBeBuilder.Apply(sample.AsIs.Procedures, AcceptedSubset(AsIsReport(sample)), Accepted).GetValueOrThrow();
        Procedure Get(string key) => result.Procedures.Single(p => p.Key == key);

        Assert.Equal([Measure.CutApplicantDocuments, Measure.SingleWindow], Get("p01").Measures);
        Assert.Equal("Davlat xizmatlari markazi", Get("p01").Lane.Name);
        Assert.Equal(["Ariza", "Qoʻshnilarning roziligi"], Get("p01").InputDocuments);
        Assert.Equal(["p04", "ir-kadastr-pasporti"], Get("p05").Predecessors);
        Assert.Equal(["Qurilish boʻlimi dalolatnomasi", "Komissiya dalolatnomasi"], Get("p05").OutputDocuments);
        Assert.Equal(["p07", "p06"], Get("p09").Predecessors);
        Assert.Equal(["Vizalangan qaror loyihasi", "Hokim qarori"], Get("p11").OutputDocuments);
        Assert.Equal(ParticipantKind.Applicant, Get("p13").Lane.Kind);
        Assert.Equal(Accepted, Get("p13").Provenance);
        Assert.Equal(Provenance(sample, "p15"), Get("p15").Provenance);
    }

    private static Domain.Common.Provenance Provenance(MaterializedSample sample, string key) => sample.AsIs.Find(key)!.Provenance;

    [Fact]
    public void Analyze_GoldenToBe_RemainingFindingsOnlyForWhatWasNotAccepted()
    {
        var sample = Sample();
        var result = ToBeBuilder.Apply(sample.AsIs.Procedures, AcceptedSubset(AsIsReport(sample)), Accepted).GetValueOrThrow();

        var again = new ServiceAnalyzer().Analyze(new AnalysisInput(result.Procedures, sample.Facts, sample.DocumentProfiles));
        var rules = again.Findings.Select(f => f.RuleId).ToHashSet();

        // Accepted: no duplicate inspection, no unused journal, no three-level sign-off, no false order of conclusions.
        Assert.DoesNotContain("R04-unused-output", rules);
        Assert.DoesNotContain("R05-duplicate-function", rules);
        Assert.DoesNotContain("R08-sign-off-levels", rules);
        Assert.DoesNotContain(again.Findings, f => f.RuleId == "R06-parallel-steps" && f.Procedures.SequenceEqual(["p06", "p07"]));
        // Not accepted: 22.75 days is still over 20; two visits still over one; the vague criterion stays.
        Assert.Contains("R07-critical-path", rules);
        Assert.Contains("R03-applicant-visits", rules);
        Assert.Contains("R10-decision-criteria", rules);
    }
}
