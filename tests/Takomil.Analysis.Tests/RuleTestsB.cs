using Takomil.Analysis.Rules;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.RuleTestsA;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class RuleTestsB
{
    private static FactSheet WithLegalLimit(decimal value, TimeUnit unit) => Facts((s, a) =>
        Must(s.Set(a, new CostAndTerms(true, [], new TimeLimit(value, unit), [], null, null, Edit))));

    [Fact]
    public void ParallelSteps_SuccessorUsesNothingOfPredecessor_FindingNamesThePair()
    {
        Procedure[] steps =
        [
            Step("a", outputs: ["Yoʻllanma"]),
            Step("ses", inputs: ["Yoʻllanma"], outputs: ["SES xulosasi"], preds: ["a"]),
            Step("fire", inputs: ["Yoʻllanma"], outputs: ["Yongʻin xulosasi"], preds: ["ses"]),
            Step("end", inputs: ["SES xulosasi", "Yongʻin xulosasi"], preds: ["fire"]),
        ];

        var finding = Assert.Single(Run(new R06ParallelStepsRule(), steps));

        Assert.Equal(["ses", "fire"], finding.Procedures);
        Assert.Equal(["SES xulosasi"], finding.Documents);
    }

    [Fact]
    public void ParallelSteps_DataDependencyDecisionOrNoInputs_NoFinding()
    {
        var decision = new DecisionPoint("?", ["Xulosa ijobiy boʻlsa"], ["Xulosa salbiy boʻlsa"]);
        Procedure[] steps =
        [
            Step("a", outputs: ["A"]),
            Step("b", inputs: ["A"], outputs: ["B"], preds: ["a"]),
            Step("c", inputs: ["A"], outputs: ["C"], preds: ["b"], decision: decision),
            Step("d", inputs: ["A"], outputs: ["D"], preds: ["c"]),
            Step("e", preds: ["d"]),
        ];
        var findings = Run(new R06ParallelStepsRule(), steps);

        // c uses nothing of b — that one is real; d follows a decision, e has no inputs to judge by.
        Assert.Equal(["b", "c"], Assert.Single(findings).Procedures);
    }

    [Fact]
    public void CriticalPath_LongerThanLegalLimit_FindingWithDaysInWorkingDays()
    {
        Procedure[] steps =
        [
            Step("a", days: 16m, unit: TimeUnit.Hours),
            Step("b", days: 5m, preds: ["a"]),
            Step("c", days: 14m, unit: TimeUnit.CalendarDays, preds: ["a"]),
            Step("d", days: 1m, preds: ["b", "c"]),
        ];

        // a = 16 h / 8 = 2 WD; b = 5 WD; c = 14 × 5/7 = 10 WD; d = 1 → path a, c, d = 13 WD against 10.
        var finding = Assert.Single(Run(new R07CriticalPathRule(), steps, WithLegalLimit(10m, TimeUnit.WorkingDays)));

        Assert.Equal(["a", "c", "d"], finding.Procedures);
        Assert.Equal("13", finding.Parameters["criticalPathDays"]);
        Assert.Equal("3", finding.Parameters["excessDays"]);
    }

    [Fact]
    public void CriticalPath_WithinLimitOrNoFacts_NoFinding_NoLimit_OwnVariant()
    {
        Procedure[] steps = [Step("a", days: 3m), Step("b", days: 4m, preds: ["a"])];

        Assert.Empty(Run(new R07CriticalPathRule(), steps, WithLegalLimit(7m, TimeUnit.WorkingDays)));
        Assert.Empty(Run(new R07CriticalPathRule(), steps));
        var noLimit = Facts((s, a) => Must(s.Set(a, new CostAndTerms(true, [], null, [], null, null, Edit))));
        Assert.EndsWith(".no_legal_limit", Assert.Single(Run(new R07CriticalPathRule(), steps, noLimit)).Code, StringComparison.Ordinal);
    }

    [Fact]
    public void SignOffLevels_ThreeLevelsAgainstTwo_FindingNamesChainAndRoles()
    {
        Procedure[] steps =
        [
            Step("draft", title: "Qaror loyihasini tayyorlash", outputs: ["L"]),
            Step("k1", title: "Qaror loyihasini kelishish", role: "Yurist", inputs: ["L"], outputs: ["L1"], preds: ["draft"]),
            Step("k2", title: "Qaror loyihasini kelishish", role: "Oʻrinbosar", inputs: ["L1"], outputs: ["L2"], preds: ["k1"]),
            Step("ok", title: "Qarorni tasdiqlash", role: "Hokim", inputs: ["L2"], outputs: ["Q"], preds: ["k2"]),
        ];

        var finding = Assert.Single(Run(new R08SignOffLevelsRule(), steps));

        Assert.Equal(["k1", "k2", "ok"], finding.Procedures);
        Assert.Equal("3", finding.Parameters["levels"]);
        Assert.Equal("Yurist → Oʻrinbosar → Hokim", finding.Parameters["roles"]);
    }

    [Fact]
    public void SignOffLevels_SameRoleTwiceOrWithinThreshold_NoFinding()
    {
        Procedure[] steps =
        [
            Step("k1", title: "Kelishish", role: "Hokim"),
            Step("k2", title: "Imzolash", role: "hokim", preds: ["k1"]),
            Step("k3", title: "Tasdiqlash", role: "Oʻrinbosar", preds: ["k2"]),
        ];

        Assert.Empty(Run(new R08SignOffLevelsRule(), steps));
    }

    [Fact]
    public void DocumentUnification_NoTemplateAndUnclassifiedVariable_FindingListsGaps()
    {
        Procedure[] steps = [Step("a", outputs: ["Qaror"]), Step("b", inputs: ["Qaror"], outputs: ["Guvohnoma"], preds: ["a"])];
        var facts = Facts((s, a) => Must(s.PutOutput(a, Document("Qaror", sample: null))));
        DocumentProfile[] profiles =
        [
            new("Qaror", null, [new Requisite("Raqam", false, null), new Requisite("Maqsad", true, null)]),
            new("Guvohnoma", "g.pdf", [new Requisite("Hudud", true, "SOATO")]),
        ];

        var finding = Assert.Single(Run(new R09DocumentUnificationRule(), steps, facts, profiles: profiles));

        Assert.Equal("7", finding.RegulationPoint);
        Assert.Equal(["Qaror"], finding.Documents);
        Assert.Equal(["a"], finding.Procedures);
        Assert.Equal("template,classifiers", finding.Parameters["gaps"]);
        Assert.Equal("Maqsad", finding.Parameters["unclassified"]);
    }

    [Fact]
    public void DocumentUnification_TemplateRequisitesAndClassifiers_NoFinding()
    {
        Procedure[] steps = [Step("a", outputs: ["Guvohnoma"])];
        var facts = Facts((s, a) => Must(s.PutOutput(a, Document("Guvohnoma", sample: "g.pdf"))));
        DocumentProfile[] profiles = [new("guvohnoma", "g.pdf", [new Requisite("Hudud", true, "SOATO"), new Requisite("Sana", false, null)])];

        Assert.Empty(Run(new R09DocumentUnificationRule(), steps, facts, profiles: profiles));
        // Without a profile the fact sheet's sample is the template; the requisites are unknown.
        Assert.Equal("requisites", Assert.Single(Run(new R09DocumentUnificationRule(), steps, facts)).Parameters["gaps"]);
    }

    [Fact]
    public void DecisionCriteria_VagueOrMissing_Found()
    {
        Procedure[] steps =
        [
            Step("vague", decision: new DecisionPoint("?", ["Hujjatlar toʻliq boʻlsa"], ["Boshqa hollarda maqsadga muvofiq emas deb topilsa"])),
            Step("short", decision: new DecisionPoint("?", ["Ijobiy"], ["Soxta hujjat taqdim etilgan boʻlsa"]), preds: ["vague"]),
            Step("missing", decision: new DecisionPoint("?", ["Hujjatlar toʻliq boʻlsa"], [" "]), preds: ["short"]),
        ];

        var findings = Run(new R10DecisionCriteriaRule(), steps);

        Assert.Equal(
            ["analysis.finding.decision_criteria.vague", "analysis.finding.decision_criteria.vague", "analysis.finding.decision_criteria.missing"],
            findings.Select(f => f.Code));
        Assert.Equal(["refusal", "grant", "refusal"], findings.Select(f => f.Parameters["side"]));
    }

    [Fact]
    public void DecisionCriteria_ClearCriteria_NoFinding() =>
        Assert.Empty(Run(new R10DecisionCriteriaRule(), [Step("d", decision: new DecisionPoint("?", ["Barcha xulosalar ijobiy boʻlsa"], ["Xulosalardan biri salbiy boʻlsa"]))]));
}
