using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Domain.Tests;

public class ProcessModelTests
{
    private readonly Scenario _s = new Scenario().At(InspectionStage.Inspecting);

    private Provenance P => Scenario.EditBy(_s.Member);

    private Access.Actor Editor => _s.As(_s.Member);

    [Fact]
    public void Put_ParallelBranchesJoining_AcceptedAndLayered()
    {
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("accept", P)));
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("askCadastre", P, "accept")));
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("askTax", P, "accept")));
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("decide", P, "askCadastre", "askTax")));

        Assert.Empty(_s.AsIs.Validate());
        var layers = ProcessGraph.Layers(_s.AsIs.Procedures);
        Assert.Equal(3, layers.Count);
        Assert.Equal(["askCadastre", "askTax"], layers[1]);
        Assert.Equal(4, _s.AsIs.Revision);
    }

    [Fact]
    public void Put_ClosingACycle_RefusedNamingTheStepsAndModelUnchanged()
    {
        foreach (var p in ModelData.LinearSteps(P, "a", "b", "c")) Scenario.Ok(_s.AsIs.Put(Editor, p));
        var revision = _s.AsIs.Revision;

        var outcome = _s.AsIs.Put(Editor, ModelData.Step("a", P, "c"));

        Assert.Equal(ReasonCodes.ModelCycle, outcome.Refusal?.Code);
        Assert.Equal("a → b → c → a", outcome.Refusal!.Args["steps"]);
        Assert.Empty(_s.AsIs.Find("a")!.Predecessors);
        Assert.Equal(revision, _s.AsIs.Revision);
    }

    [Fact]
    public void Put_StepWaitingForItself_RefusedAsCycle()
    {
        var outcome = _s.AsIs.Put(Editor, ModelData.Step("a", P, "a"));
        Assert.Equal(ReasonCodes.ModelCycle, outcome.Refusal?.Code);
        Assert.Equal("a → a", outcome.Refusal!.Args["steps"]);
    }

    [Fact]
    public void Put_UnknownPredecessor_RefusedNamingStepAndPredecessor()
    {
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("a", P)));
        var outcome = _s.AsIs.Put(Editor, ModelData.Step("b", P, "a", "ghost"));
        Assert.Equal(ReasonCodes.ModelDanglingPredecessor, outcome.Refusal?.Code);
        Assert.Equal(("b", "ghost"), (outcome.Refusal!.Args["step"], outcome.Refusal.Args["predecessor"]));
        Assert.Single(_s.AsIs.Procedures);
    }

    [Fact]
    public void Remove_StepOthersWaitFor_RefusedNamingDependents()
    {
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("a", P)));
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("b", P, "a")));
        Scenario.Ok(_s.AsIs.Put(Editor, ModelData.Step("c", P, "a")));

        var outcome = _s.AsIs.Remove(Editor, "a", P);

        Assert.Equal(ReasonCodes.ModelStepIsPredecessor, outcome.Refusal?.Code);
        Assert.Equal("b, c", outcome.Refusal!.Args["dependents"]);
    }

    [Fact]
    public void Remove_LeafStep_RemovedAndRevisionRaised()
    {
        foreach (var p in ModelData.LinearSteps(P, "a", "b")) Scenario.Ok(_s.AsIs.Put(Editor, p));
        Scenario.Ok(_s.AsIs.Remove(Editor, "b", P));
        Assert.Equal(["a"], _s.AsIs.Procedures.Select(p => p.Key));
        Assert.Equal(3, _s.AsIs.Revision);
    }

    [Fact]
    public void Remove_UnknownStep_Refused()
    {
        Assert.Equal(ReasonCodes.ModelStepNotFound, _s.AsIs.Remove(Editor, "nope", P).Refusal?.Code);
    }

    [Fact]
    public void StructuralIssues_DuplicateKeysAndCycleAndDangling_AllReported()
    {
        Procedure[] steps =
        [
            ModelData.Step("a", P, "c"),
            ModelData.Step("b", P, "a"),
            ModelData.Step("c", P, "b", "zzz"),
            ModelData.Step("a", P),
        ];
        var codes = ProcessGraph.StructuralIssues(steps).Select(i => i.Code).ToList();
        Assert.Equal([ReasonCodes.ModelDuplicateStep, ReasonCodes.ModelDanglingPredecessor, ReasonCodes.ModelCycle], codes);
    }

    [Fact]
    public void Validate_Empty_ReportsEmptyModel()
    {
        Assert.Equal(ReasonCodes.ModelEmpty, Assert.Single(_s.ToBe.Validate()).Code);
    }

    [Fact]
    public void Validate_DecisionWithoutRefusalCriteria_Reported()
    {
        var decide = ModelData.Step("decide", P) with { Decision = new DecisionPoint("Grant?", ["documents complete"], []) };
        Scenario.Ok(_s.AsIs.Put(Editor, decide));
        var issue = Assert.Single(_s.AsIs.Validate());
        Assert.Equal((ReasonCodes.ModelDecisionCriteriaMissing, "decide"), (issue.Code, issue.Args["step"]));
    }

    [Fact]
    public void Put_InterviewProvenance_KeptOnTheProcedureAndAsLastChange()
    {
        var answer = Provenance.FromInterview(_s.Interviewee, "iv-9", "q.steps.3", Scenario.Now);
        Scenario.Ok(_s.AsIs.Put(_s.As(_s.Interviewee), ModelData.Step("a", answer)));
        Assert.Equal("q.steps.3", _s.AsIs.Find("a")!.Provenance.QuestionKey);
        Assert.Equal(answer, _s.AsIs.LastChange);
    }

    [Fact]
    public void Put_ByCommissionMember_RefusedAsAccessDenied()
    {
        var outcome = _s.AsIs.Put(_s.As(_s.Commissioner), ModelData.Step("a", Scenario.EditBy(_s.Commissioner)));
        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void Put_BlankKey_RefusedAsValueRequired()
    {
        Assert.Equal(ReasonCodes.ValueRequired, _s.AsIs.Put(Editor, ModelData.Step(" ", P)).Refusal?.Code);
    }
}
