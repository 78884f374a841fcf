using Takomil.Analysis.Measures;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class TransformationTests
{
    private static MeasureProposal Proposal(Measure measure, params Transformation[] t) => MeasureProposal.Create("T", measure, ["f"], t);

    /// <summary>Applies once, checks the DAG, then applies again to the result: nothing may change the second time.</summary>
    private static IReadOnlyList<Procedure> ApplyChecked(IReadOnlyList<Procedure> asIs, params MeasureProposal[] accepted)
    {
        var first = ToBeBuilder.Apply(asIs, accepted, Accepted).GetValueOrThrow();
        Assert.Empty(ProcessGraph.StructuralIssues(first.Procedures));
        Assert.All(first.Outcomes, o => Assert.Equal(ProposalEffect.Applied, o.Effect));
        var second = ToBeBuilder.Apply(first.Procedures, accepted, Provenance.FromEdit(Guid.NewGuid(), At.AddDays(9))).GetValueOrThrow();
        Assert.True(ProcedureEquality.SameModel(first.Procedures, second.Procedures, withProvenance: true));
        Assert.All(second.Outcomes, o => Assert.Equal(ProposalEffect.NoChange, o.Effect));
        return first.Procedures;
    }

    private static Procedure Get(IReadOnlyList<Procedure> steps, string key) => steps.Single(p => p.Key == key);

    [Fact]
    public void RemoveStep_MiddleStep_PredecessorsReconnectedProvenanceOfAcceptor()
    {
        Procedure[] asIs = [Step("a", outputs: ["A"]), Step("j", preds: ["a"], outputs: ["J"]), Step("b", inputs: ["A"], preds: ["j"])];

        var toBe = ApplyChecked(asIs, Proposal(Measure.RemoveRedundantProcedures, new RemoveStep("j")));

        Assert.Equal(["a", "b"], toBe.Select(p => p.Key));
        Assert.Equal(["a"], Get(toBe, "b").Predecessors);
        Assert.Equal(Accepted, Get(toBe, "b").Provenance);
        Assert.Equal(Edit, Get(toBe, "a").Provenance);
    }

    [Fact]
    public void RemoveStep_WithHeir_HeirTakesOutputsAndDecisionUsersWaitForIt()
    {
        var decision = new DecisionPoint("?", ["Xulosa ijobiy boʻlsa"], ["Xulosa salbiy boʻlsa"]);
        Procedure[] asIs =
        [
            Step("k1", outputs: ["L1"]),
            Step("k2", inputs: ["L1"], outputs: ["Qaror"], preds: ["k1"], decision: decision),
            Step("give", inputs: ["Qaror"], preds: ["k2"]),
        ];

        var toBe = ApplyChecked(asIs, Proposal(Measure.DelegateDecisions, new RemoveStep("k2", "k1")));

        var heir = Get(toBe, "k1");
        Assert.Equal(["L1", "Qaror"], heir.OutputDocuments);
        Assert.Equal(decision, heir.Decision);
        Assert.Equal([Measure.DelegateDecisions], heir.Measures);
        Assert.Equal(["k1"], Get(toBe, "give").Predecessors);
    }

    [Fact]
    public void DropPredecessor_FalseDependency_StepsRunSideBySideSuccessorWaitsForBoth()
    {
        Procedure[] asIs =
        [
            Step("a", outputs: ["Y"]),
            Step("ses", inputs: ["Y"], outputs: ["S"], preds: ["a"]),
            Step("fire", inputs: ["Y"], outputs: ["F"], preds: ["ses"]),
            Step("end", inputs: ["S", "F"], preds: ["fire"]),
        ];

        var toBe = ApplyChecked(asIs, Proposal(Measure.ChangeProcedures, new DropPredecessor("fire", "ses")));

        Assert.Equal(["a"], Get(toBe, "fire").Predecessors);
        Assert.Equal(["fire", "ses"], Get(toBe, "end").Predecessors);
        Assert.Equal([Measure.ChangeProcedures], Get(toBe, "fire").Measures);
        Assert.Empty(Get(toBe, "end").Measures);
    }

    [Fact]
    public void MakeElectronic_Visit_BecomesApplicantsPortalStep()
    {
        Procedure[] asIs = [Step("fill", Applicant, outputs: ["Ariza"]), Step("visit", kind: ProcedureKind.ApplicantVisit, inputs: ["Ariza"], preds: ["fill"])];

        var toBe = ApplyChecked(asIs, Proposal(Measure.ChangeProcedures, new MakeElectronic("visit")));

        var step = Get(toBe, "visit");
        Assert.Equal(ProcedureKind.Electronic, step.Kind);
        Assert.Equal(Applicant, step.Lane);
        Assert.Contains(AnalysisOptions.Default.PortalName, step.InformationSystems);
    }

    [Fact]
    public void RequestFromAgency_DocumentAgencyStillNeeds_NewRequestStepFeedsIt()
    {
        Procedure[] asIs =
        [
            Step("visit", kind: ProcedureKind.ApplicantVisit, inputs: ["Ariza", "Kadastr pasporti"], outputs: ["Qabul"]),
            Step("review", Agency("Qurilish"), inputs: ["Qabul", "Kadastr pasporti"], preds: ["visit"]),
        ];
        var request = new RequestFromAgency("Kadastr pasporti", "DKYT");

        var toBe = ApplyChecked(asIs, Proposal(Measure.CutApplicantDocuments, request));

        Assert.Equal(["visit", "ir-kadastr-pasporti", "review"], toBe.Select(p => p.Key));
        Assert.Equal(["Ariza"], Get(toBe, "visit").InputDocuments);
        var added = Get(toBe, request.RequestStepKey);
        Assert.Equal(ProcedureKind.InteragencyRequest, added.Kind);
        Assert.Equal(["Kadastr pasporti"], added.OutputDocuments);
        Assert.Equal(["DKYT"], added.InformationSystems);
        Assert.Equal(["visit"], added.Predecessors);
        Assert.Equal(Accepted, added.Provenance);
        Assert.Equal(["visit", "ir-kadastr-pasporti"], Get(toBe, "review").Predecessors);
    }

    [Fact]
    public void RequestFromAgency_OnlyApplicantStepUsedIt_InputRemovedNoNewStep()
    {
        Procedure[] asIs = [Step("visit", kind: ProcedureKind.ApplicantVisit, inputs: ["Pasport nusxasi"], outputs: ["Q"]), Step("b", inputs: ["Q"], preds: ["visit"])];

        var toBe = ApplyChecked(asIs, Proposal(Measure.CutApplicantDocuments, new RequestFromAgency("Pasport nusxasi", null)));

        Assert.Equal(2, toBe.Count);
        Assert.Empty(Get(toBe, "visit").InputDocuments);
    }

    [Fact]
    public void RouteThroughOneStopShop_OfficeVisitsMove_ApplicantOwnStepsStay()
    {
        Procedure[] asIs =
        [
            Step("fill", Applicant, ProcedureKind.Manual),
            Step("v1", Agency("Hokimlik"), ProcedureKind.ApplicantVisit, preds: ["fill"]),
            Step("v2", new Participant(ParticipantKind.Other, "Bank"), ProcedureKind.ApplicantVisit, preds: ["v1"]),
        ];

        var toBe = ApplyChecked(asIs, Proposal(Measure.SingleWindow, new RouteThroughOneStopShop(["fill", "v1", "v2"])));

        Assert.Equal(Applicant, Get(toBe, "fill").Lane);
        Assert.Equal("Davlat xizmatlari markazi", Get(toBe, "v1").Lane.Name);
        Assert.Equal("Davlat xizmatlari markazi", Get(toBe, "v2").Lane.Name);
        Assert.Equal([Measure.SingleWindow], Get(toBe, "v1").Measures);
    }

    [Fact]
    public void MoveToAgency_Step_LaneChanged()
    {
        var toBe = ApplyChecked([Step("a", Agency("Qurilish"))], Proposal(Measure.ReassignAgencies, new MoveToAgency("a", "Hokimlik")));

        Assert.Equal(Agency("Hokimlik"), Get(toBe, "a").Lane);
    }

    [Fact]
    public void CutTimeLimit_LongerStep_Cut_ShorterStepNeverRaised()
    {
        Procedure[] asIs = [Step("long", days: 5m), Step("short", days: 2m, preds: ["long"])];
        var cut = new TimeLimit(3m, TimeUnit.WorkingDays);

        var toBe = ApplyChecked(asIs, Proposal(Measure.SetOrCutTimeLimits, new CutTimeLimit("long", cut)));
        var unchanged = ToBeBuilder.Apply(asIs, [Proposal(Measure.SetOrCutTimeLimits, new CutTimeLimit("short", cut))], Accepted).GetValueOrThrow();

        Assert.Equal(cut, Get(toBe, "long").TimeLimit);
        Assert.Equal(ProposalEffect.NoChange, Assert.Single(unchanged.Outcomes).Effect);
        Assert.Equal(2m, Get(unchanged.Procedures, "short").TimeLimit!.Value);
    }

    [Fact]
    public void MarkForMeasure_Steps_CarryTheMeasureOnce()
    {
        var toBe = ApplyChecked([Step("a")], Proposal(Measure.UnifyDocuments, new MarkForMeasure(["a", "gone"], "Qaror")));

        Assert.Equal([Measure.UnifyDocuments], Get(toBe, "a").Measures);
    }

    [Fact]
    public void Apply_ChangeThatWouldBreakTheGraph_RevertedAndReported()
    {
        // The heir comes after the step that uses the removed outputs: making that step wait for it would be a cycle.
        Procedure[] asIs =
        [
            Step("x", outputs: ["X"]),
            Step("user", inputs: ["X"], outputs: ["U"], preds: ["x"]),
            Step("heir", inputs: ["U"], preds: ["user"]),
        ];

        var result = ToBeBuilder.Apply(asIs, [Proposal(Measure.RemoveRedundantProcedures, new RemoveStep("x", "heir"))], Accepted).GetValueOrThrow();

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(ProposalEffect.Reverted, outcome.Effect);
        Assert.Contains(outcome.Issues, i => i.Code == ReasonCodes.ModelCycle);
        Assert.True(ProcedureEquality.SameModel(asIs, result.Procedures, withProvenance: true));
    }

    [Fact]
    public void Apply_AcceptanceOrder_DoesNotMatter()
    {
        Procedure[] asIs =
        [
            Step("a", outputs: ["Y"]),
            Step("ses", inputs: ["Y"], outputs: ["S"], preds: ["a"]),
            Step("fire", inputs: ["Y"], outputs: ["F"], preds: ["ses"]),
            Step("dup", inputs: ["S", "F"], outputs: ["K"], preds: ["fire"]),
            Step("end", inputs: ["K"], preds: ["dup"]),
        ];
        MeasureProposal[] set =
        [
            Proposal(Measure.ChangeProcedures, new DropPredecessor("fire", "ses")),
            Proposal(Measure.RemoveRedundantProcedures, new RemoveStep("dup", "a")),
        ];

        var forward = ToBeBuilder.Apply(asIs, set, Accepted).GetValueOrThrow();
        var backward = ToBeBuilder.Apply(asIs, set.Reverse(), Accepted).GetValueOrThrow();

        Assert.True(ProcedureEquality.SameModel(forward.Procedures, backward.Procedures, withProvenance: true));
        Assert.Equal(["fire", "ses"], Get(forward.Procedures, "end").Predecessors);
    }

    [Fact]
    public void Apply_BrokenAsIsModel_Refused()
    {
        var result = ToBeBuilder.Apply([Step("a", preds: ["b"]), Step("b", preds: ["a"])], [], Accepted);

        Assert.False(result.IsSuccess);
        Assert.Equal(ReasonCodes.ModelCycle, result.Refusal!.Code);
        Assert.Equal(ReasonCodes.ModelEmpty, ToBeBuilder.Apply([], [], Accepted).Refusal!.Code);
    }
}
