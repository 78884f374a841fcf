using Takomil.Analysis.Findings;
using Takomil.Analysis.Rules;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class RuleTestsA
{
    internal static List<Finding> Run(IAnalysisRule rule, IReadOnlyList<Procedure> steps, FactSheet? facts = null, AnalysisOptions? options = null, IReadOnlyList<DocumentProfile>? profiles = null) =>
        [.. rule.Evaluate(new AnalysisContext(new AnalysisInput(steps, facts, profiles), options ?? AnalysisOptions.Default))];

    [Fact]
    public void OnceOnly_DocumentHeldInSystem_FindingNamesDocumentStepsSystemAndOwner()
    {
        var facts = Facts((s, a) =>
        {
            Must(s.PutInput(a, Document("Kadastr pasporti", "Kadastr agentligi", held: true, system: "DKYT")));
            Must(s.Put(a, new InformationSystemFact(Guid.NewGuid(), "DKYT", "Kadastr agentligi", [], Edit)));
        });
        Procedure[] steps = [Step("a", kind: ProcedureKind.ApplicantVisit, inputs: ["Kadastr pasporti"], outputs: ["x"])];

        var finding = Assert.Single(Run(new R01OnceOnlyRule(), steps, facts));

        Assert.Equal("R01-once-only", finding.RuleId);
        Assert.Equal("14", finding.RegulationPoint);
        Assert.Equal("analysis.finding.once_only.held_in_system", finding.Code);
        Assert.Equal(["a"], finding.Procedures);
        Assert.Equal(["Kadastr pasporti"], finding.Documents);
        Assert.Equal(["Kadastr agentligi"], finding.Agencies);
        Assert.Equal("DKYT", finding.Parameters["system"]);
    }

    [Fact]
    public void OnceOnly_DocumentIssuedByParticipatingAgency_FindingWithIssuedVariant()
    {
        var facts = Facts((s, a) =>
        {
            Must(s.Put(a, new ParticipatingAgency(Guid.NewGuid(), null, "SES", AgencyParticipation.Participant, ["u"], Edit)));
            Must(s.PutInput(a, Document("Sanitariya xulosasi", "SES")));
        });

        var finding = Assert.Single(Run(new R01OnceOnlyRule(), [Step("a")], facts));

        Assert.EndsWith(".issued_by_agency", finding.Code, StringComparison.Ordinal);
        Assert.Empty(finding.Procedures);
    }

    [Fact]
    public void OnceOnly_DocumentOnlyTheApplicantHas_NoFinding()
    {
        var facts = Facts((s, a) =>
        {
            Must(s.Put(a, new ParticipatingAgency(Guid.NewGuid(), null, "Hokimlik", AgencyParticipation.Provider, ["u"], Edit)));
            Must(s.PutInput(a, Document("Ariza", "Ariza beruvchi")));
            Must(s.PutInput(a, Document("Hokimlik maʼlumotnomasi", "Hokimlik")));
        });

        Assert.Empty(Run(new R01OnceOnlyRule(), [Step("a", inputs: ["Ariza"])], facts));
        Assert.Empty(Run(new R01OnceOnlyRule(), [Step("a")], facts: null));
    }

    [Fact]
    public void ElectronicInteraction_VisitAndPaperStep_OneFindingEach()
    {
        Procedure[] steps =
        [
            Step("fill", Applicant, ProcedureKind.Manual, outputs: ["Ariza"]),
            Step("visit", kind: ProcedureKind.ApplicantVisit, inputs: ["Ariza"], preds: ["fill"]),
            Step("online", Applicant, ProcedureKind.Electronic, preds: ["visit"]),
            Step("internal", preds: ["online"]),
        ];

        var findings = Run(new R02ElectronicInteractionRule(), steps);

        Assert.Equal(["fill", "visit"], findings.Select(f => f.Procedures.Single()));
        Assert.Equal(["analysis.finding.electronic_interaction.paper", "analysis.finding.electronic_interaction.visit"], findings.Select(f => f.Code));
    }

    [Fact]
    public void ElectronicInteraction_OnlyElectronicOrInternalSteps_NoFinding() =>
        Assert.Empty(Run(new R02ElectronicInteractionRule(), [Step("a", Applicant, ProcedureKind.Electronic), Step("b", preds: ["a"])]));

    [Fact]
    public void ApplicantVisits_MoreThanThreshold_OneFindingListingVisitsAndOffices()
    {
        Procedure[] steps =
        [
            Step("v1", Agency("Hokimlik"), ProcedureKind.ApplicantVisit),
            Step("v2", Agency("SES"), ProcedureKind.ApplicantVisit, preds: ["v1"]),
            Step("v3", Agency("Hokimlik"), ProcedureKind.ApplicantVisit, preds: ["v2"]),
        ];

        var finding = Assert.Single(Run(new R03ApplicantVisitsRule(), steps));

        Assert.Equal(["v1", "v2", "v3"], finding.Procedures);
        Assert.Equal(["Hokimlik", "SES"], finding.Agencies);
        Assert.Equal("3", finding.Parameters["visits"]);
        Assert.Equal("2", finding.Parameters["offices"]);
    }

    [Fact]
    public void ApplicantVisits_AtThreshold_NoFinding()
    {
        Procedure[] steps = [Step("v1", kind: ProcedureKind.ApplicantVisit), Step("v2", kind: ProcedureKind.ApplicantVisit, preds: ["v1"])];

        Assert.Empty(Run(new R03ApplicantVisitsRule(), steps, options: new AnalysisOptions { MaxApplicantVisits = 2 }));
        Assert.Single(Run(new R03ApplicantVisitsRule(), steps));
    }

    [Fact]
    public void UnusedOutput_OutputNobodyDownstreamUses_StepFound()
    {
        Procedure[] steps =
        [
            Step("a", outputs: ["A"]),
            Step("journal", inputs: ["A"], outputs: ["Jurnal yozuvi"], preds: ["a"]),
            Step("b", inputs: ["A"], outputs: ["B"], preds: ["journal"]),
            Step("end", inputs: ["B"], outputs: ["Natija"], preds: ["b"]),
        ];

        var finding = Assert.Single(Run(new R04UnusedOutputRule(), steps));

        Assert.Equal(["journal"], finding.Procedures);
        Assert.Equal(["Jurnal yozuvi"], finding.Documents);
    }

    [Fact]
    public void UnusedOutput_UsedFurtherDownOrResultOrDecisionOrFinal_NoFinding()
    {
        var decision = new DecisionPoint("?", ["Barcha hujjatlar joyida boʻlsa"], ["Hujjatlar soxta boʻlsa"]);
        Procedure[] steps =
        [
            Step("a", outputs: ["A"]),
            Step("b", inputs: ["A"], outputs: ["Bildirish"], preds: ["a"], decision: decision),
            Step("c", inputs: ["A"], outputs: ["Maʼlumotnoma"], preds: ["b"]),
            Step("d", inputs: ["A"], outputs: ["D"], preds: ["c"]),
            Step("e", inputs: ["A"], preds: ["d"]),
            Step("f", inputs: ["D"], outputs: ["Yakuniy"], preds: ["e"]),
        ];
        var facts = Facts((s, a) => Must(s.PutOutput(a, Document("Maʼlumotnoma"))));

        // b decides, c's output is a result the applicant receives, d's output is used two steps further, f is final.
        Assert.Empty(Run(new R04UnusedOutputRule(), steps, facts));
    }

    [Fact]
    public void DuplicateFunction_SameTitleInTwoAgencies_FindingNamesBoth()
    {
        Procedure[] steps =
        [
            Step("a", Agency("Qurilish boʻlimi"), title: "Obʼektni joyida oʻrganish", outputs: ["A"]),
            Step("b", Agency("Hokimlik"), title: "OBʻEKTNI  joyida oʻrganish", inputs: ["A"], preds: ["a"]),
        ];

        var finding = Assert.Single(Run(new R05DuplicateFunctionRule(), steps));

        Assert.Equal("6b", finding.RegulationPoint);
        Assert.Equal(["a", "b"], finding.Procedures);
        Assert.Equal(["Qurilish boʻlimi", "Hokimlik"], finding.Agencies);
    }

    [Fact]
    public void DuplicateFunction_SameTitleInOneAgency_NoFinding()
    {
        Procedure[] steps =
        [
            Step("a", title: "Qaror loyihasini kelishish", role: "Boshliq"),
            Step("b", title: "Qaror loyihasini kelishish", role: "Oʻrinbosar", preds: ["a"]),
        ];

        Assert.Empty(Run(new R05DuplicateFunctionRule(), steps));
    }
}
