using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Tests;

public class ApprovalProcessTests
{
    private static readonly ApprovalVerdict Yes = ApprovalVerdict.Approve;

    /// <summary>A drafted plan, <paramref name="approvers"/> working-group approvers and two Commission members.</summary>
    private sealed class Setup
    {
        public Setup(int approvers = 3, ApprovalRule rule = ApprovalRule.Everyone, ApprovalRule commission = ApprovalRule.FirstToRespond)
        {
            S = new Scenario().At(InspectionStage.ModelsDrafted);
            S.DraftPlan();
            Approvers = [S.Approver, .. Enumerable.Range(1, approvers - 1).Select(_ => Guid.NewGuid())];
            foreach (var id in Approvers.Skip(1)) Scenario.Ok(S.Inspection.AddMember(S.As(S.Lead), id, [WorkingGroupRole.Approver], Scenario.Now));
            Commissioners = [S.Commissioner, Guid.NewGuid()];
            Scenario.Ok(S.Inspection.AddMember(S.As(S.Lead), Commissioners[1], [WorkingGroupRole.CommissionMember], Scenario.Now));
            Process = new ApprovalProcess(S.Inspection.Id);
            Scenario.Ok(Process.Configure(S.As(S.Lead), S.Inspection, ApprovalStage.WorkingGroup, rule, Approvers));
            Scenario.Ok(Process.Configure(S.As(S.Lead), S.Inspection, ApprovalStage.Commission, commission, Commissioners));
        }

        public Scenario S { get; }
        public List<Guid> Approvers { get; }
        public List<Guid> Commissioners { get; }
        public ApprovalProcess Process { get; }
        public string Hash => S.Inspection.CurrentPlan.Hash;

        public void Submit() => Scenario.Ok(Process.Submit(S.As(S.Lead), S.Inspection, Scenario.Now));

        public Outcome<DecisionResult> Decide(Guid who, ApprovalVerdict verdict, ApprovalStage stage = ApprovalStage.WorkingGroup, string? hash = null, string? comment = null) =>
            Process.Decide(S.As(who), S.Inspection, stage, hash ?? Hash, verdict, comment ?? (verdict == Yes ? null : "fix item 1"), Scenario.Now);

        public ApprovalEffect Effect(Guid who, ApprovalVerdict verdict, ApprovalStage stage = ApprovalStage.WorkingGroup) =>
            Decide(who, verdict, stage).GetValueOrThrow().Effect;
    }

    [Fact]
    public void Everyone_AllApprove_EndorsesThroughTheStateMachine()
    {
        var a = new Setup();
        a.Submit();
        Assert.Equal(ApprovalEffect.Pending, a.Effect(a.Approvers[0], Yes));
        Assert.Equal(ApprovalEffect.Pending, a.Effect(a.Approvers[1], Yes));
        Assert.Equal(InspectionStage.ModelsDrafted, a.S.Inspection.Stage);

        Assert.Equal(ApprovalEffect.Endorsed, a.Effect(a.Approvers[2], Yes));

        Assert.Equal(InspectionStage.PlanEndorsedByWorkingGroup, a.S.Inspection.Stage);
        var change = a.S.Inspection.History[^1];
        Assert.Equal((InspectionTrigger.EndorsePlan, a.Approvers[2]), (change.Trigger, change.By));
        Assert.Contains(a.S.Inspection.CurrentPlan.Label, change.Decision!.Reference, StringComparison.Ordinal);
        Assert.Equal(ApprovalStage.Commission, a.Process.CurrentStage);
        Assert.Equal(a.Commissioners, a.Process.Pending);
    }

    [Fact]
    public void Everyone_OneRequestsChanges_ReturnsThePlanAndNeedsANewVersion()
    {
        var a = new Setup();
        a.Submit();
        a.Effect(a.Approvers[0], Yes);

        Assert.Equal(ApprovalEffect.Returned, a.Effect(a.Approvers[1], ApprovalVerdict.RequestChanges));

        Assert.Equal(ApprovalState.Drafting, a.Process.State);
        Assert.Equal(InspectionStage.ModelsDrafted, a.S.Inspection.Stage);
        Assert.Equal(ApprovalReasonCodes.NewVersionNeeded, a.Process.Submit(a.S.As(a.S.Lead), a.S.Inspection, Scenario.Now).Refusal?.Code);
        a.S.DraftPlan();
        a.Submit();
        Assert.Equal(2, a.Process.Round);
        Assert.Equal(3, a.Process.Pending.Count);
    }

    [Theory]
    [InlineData(new[] { 1, 0, 0 }, ApprovalEffect.Endorsed)]
    [InlineData(new[] { 1, 2 }, ApprovalEffect.Returned)]
    [InlineData(new[] { 0, 1 }, ApprovalEffect.Pending)]
    public void Majority_OfThree_DecidesAsSoonAsTheOutcomeIsCertain(int[] verdicts, ApprovalEffect expected)
    {
        var a = new Setup(rule: ApprovalRule.Majority);
        a.Submit();
        var effect = ApprovalEffect.Pending;
        for (var i = 0; i < verdicts.Length; i++) effect = a.Effect(a.Approvers[i], (ApprovalVerdict)verdicts[i]);
        Assert.Equal(expected, effect);
    }

    [Fact]
    public void Majority_OfFour_NeedsThreeApprovals()
    {
        Assert.Equal(ApprovalEffect.Pending, ApprovalTally.Evaluate(ApprovalRule.Majority, 4, [Yes, Yes]));
        Assert.Equal(ApprovalEffect.Endorsed, ApprovalTally.Evaluate(ApprovalRule.Majority, 4, [Yes, Yes, Yes]));
        Assert.Equal(ApprovalEffect.Returned, ApprovalTally.Evaluate(ApprovalRule.Majority, 4, [ApprovalVerdict.Reject, ApprovalVerdict.Reject]));
    }

    [Fact]
    public void FirstToRespond_FirstAnswerDecides_LaterAnswersFindItClosed()
    {
        var a = new Setup(rule: ApprovalRule.FirstToRespond);
        a.Submit();

        Assert.Equal(ApprovalEffect.Endorsed, a.Effect(a.Approvers[1], Yes));

        Assert.Equal(ApprovalReasonCodes.StageClosed, a.Decide(a.Approvers[0], Yes).Refusal?.Code);
    }

    [Fact]
    public void Commission_Approves_AfterEndorsement_PlanApproved()
    {
        var a = new Setup(rule: ApprovalRule.FirstToRespond);
        a.Submit();
        a.Effect(a.Approvers[0], Yes);

        Assert.Equal(ApprovalEffect.Approved, a.Effect(a.Commissioners[1], Yes, ApprovalStage.Commission));

        Assert.Equal(InspectionStage.PlanApprovedByCommission, a.S.Inspection.Stage);
        Assert.Equal(ApprovalState.Approved, a.Process.State);
        Assert.Equal(ApprovalReasonCodes.NotOpen, a.Decide(a.Commissioners[0], Yes, ApprovalStage.Commission).Refusal?.Code);
    }

    [Fact]
    public void Commission_Rejects_ReturnsThePlanThroughReturnPlanWithTheComment()
    {
        var a = new Setup(rule: ApprovalRule.FirstToRespond);
        a.Submit();
        a.Effect(a.Approvers[0], Yes);

        var result = a.Decide(a.Commissioners[0], ApprovalVerdict.Reject, ApprovalStage.Commission, comment: "deadlines too late");

        Assert.Equal(ApprovalEffect.Returned, result.GetValueOrThrow().Effect);
        Assert.Equal(InspectionStage.ModelsDrafted, a.S.Inspection.Stage);
        Assert.Equal((InspectionTrigger.ReturnPlan, "deadlines too late"), (a.S.Inspection.History[^1].Trigger, a.S.Inspection.History[^1].Reason));
        Assert.Equal(ApprovalState.Drafting, a.Process.State);
    }

    [Fact]
    public void Decide_SameDecisionTwice_IsOneDecision()
    {
        var a = new Setup();
        a.Submit();
        var first = a.Decide(a.Approvers[0], Yes).GetValueOrThrow();

        var second = a.Decide(a.Approvers[0], Yes).GetValueOrThrow();

        Assert.False(first.Repeated);
        Assert.True(second.Repeated);
        Assert.Same(first.Decision, second.Decision);
        Assert.Single(a.Process.Decisions);
    }

    [Fact]
    public void Decide_RepeatAfterTheStageClosed_IsStillAnsweredAsTheSameDecision()
    {
        var a = new Setup(rule: ApprovalRule.FirstToRespond);
        a.Submit();
        a.Effect(a.Approvers[0], Yes);

        Assert.True(a.Decide(a.Approvers[0], Yes).GetValueOrThrow().Repeated);
        Assert.Single(a.Process.Decisions);
    }

    [Fact]
    public void Decide_OtherDecisionAfterDeciding_IsRefused()
    {
        var a = new Setup();
        a.Submit();
        a.Effect(a.Approvers[0], Yes);
        Assert.Equal(ApprovalReasonCodes.AlreadyDecided, a.Decide(a.Approvers[0], ApprovalVerdict.Reject).Refusal?.Code);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("lead")]
    [InlineData("commissioner")]
    [InlineData("outsider")]
    public void Decide_ByNonApproverOfTheStage_IsRefused(string who)
    {
        var a = new Setup();
        a.Submit();
        var id = who switch { "member" => a.S.Member, "lead" => a.S.Lead, "commissioner" => a.Commissioners[0], _ => a.S.Outsider };
        Assert.Equal(ApprovalReasonCodes.NotApprover, a.Decide(id, Yes).Refusal?.Code);
        Assert.Empty(a.Process.Decisions);
    }

    [Fact]
    public void Decide_OnOutdatedHash_IsRefusedNamingTheCurrentVersion()
    {
        var a = new Setup();
        a.Submit();
        var old = a.Hash;
        Scenario.Ok(a.S.Inspection.PutPlanItem(a.S.As(a.S.Member), a.S.Inspection.PlanItems[0] with { Description = "changed" }));

        var outcome = a.Decide(a.Approvers[0], Yes, hash: old);

        Assert.Equal(ApprovalReasonCodes.VersionOutdated, outcome.Refusal?.Code);
        Assert.Equal(a.S.Inspection.CurrentPlan.Label, outcome.Refusal!.Args["version"]);
        Assert.Equal(ApprovalReasonCodes.VersionOutdated, a.Decide(a.Approvers[0], Yes, hash: new string('0', 64)).Refusal?.Code);
    }

    [Fact]
    public void Submit_ChangedPlanWhileInReview_StartsANewRound()
    {
        var a = new Setup();
        a.Submit();
        a.Effect(a.Approvers[0], Yes);
        Assert.Equal(ApprovalReasonCodes.AlreadyInReview, a.Process.Submit(a.S.As(a.S.Lead), a.S.Inspection, Scenario.Now).Refusal?.Code);
        Scenario.Ok(a.S.Inspection.PutPlanItem(a.S.As(a.S.Member), a.S.Inspection.PlanItems[0] with { Description = "changed" }));

        a.Submit();

        Assert.Equal(3, a.Process.Pending.Count);
        Assert.Equal(ApprovalEffect.Pending, a.Effect(a.Approvers[0], Yes));
    }

    [Fact]
    public void Decide_ForAnotherInspection_IsRefused()
    {
        var a = new Setup();
        a.Submit();
        var other = new Setup();
        var outcome = a.Process.Decide(a.S.As(a.Approvers[0]), other.S.Inspection, ApprovalStage.WorkingGroup, a.Hash, Yes, null, Scenario.Now);
        Assert.Equal(ApprovalReasonCodes.WrongInspection, outcome.Refusal?.Code);
    }

    [Theory]
    [InlineData(ApprovalVerdict.Reject)]
    [InlineData(ApprovalVerdict.RequestChanges)]
    public void Decide_ObjectionWithoutComment_IsRefused(ApprovalVerdict verdict)
    {
        var a = new Setup();
        a.Submit();
        var outcome = a.Process.Decide(a.S.As(a.Approvers[0]), a.S.Inspection, ApprovalStage.WorkingGroup, a.Hash, verdict, "  ", Scenario.Now);
        Assert.Equal(ApprovalReasonCodes.CommentRequired, outcome.Refusal?.Code);
    }

    [Fact]
    public void Decide_BeforeSubmission_IsRefused()
    {
        var a = new Setup();
        Assert.Equal(ApprovalReasonCodes.NotOpen, a.Decide(a.Approvers[0], Yes).Refusal?.Code);
    }

    [Fact]
    public void Submit_ByMember_IsRefusedLeadOnly()
    {
        var a = new Setup();
        Assert.Equal(ApprovalReasonCodes.LeadOnly, a.Process.Submit(a.S.As(a.S.Member), a.S.Inspection, Scenario.Now).Refusal?.Code);
    }

    [Fact]
    public void Submit_PlanItemWithoutExecutor_IsRefusedByTheEndorsementGuard()
    {
        var a = new Setup();
        Scenario.Ok(a.S.Inspection.PutPlanItem(a.S.As(a.S.Member), a.S.Inspection.PlanItems[0] with { ExecutorId = null }));
        Assert.Equal(ReasonCodes.InspectionPlanItemIncomplete, a.Process.Submit(a.S.As(a.S.Lead), a.S.Inspection, Scenario.Now).Refusal?.Code);
    }

    [Fact]
    public void Submit_WithoutNamedApprovers_TakesMembersHoldingTheRole()
    {
        var s = new Scenario().At(InspectionStage.ModelsDrafted);
        s.DraftPlan();
        var process = new ApprovalProcess(s.Inspection.Id);
        Scenario.Ok(process.Submit(s.As(s.Lead), s.Inspection, Scenario.Now));
        Assert.Equal([s.Approver], process.ApproversOf(ApprovalStage.WorkingGroup));
        Assert.Equal([s.Commissioner], process.ApproversOf(ApprovalStage.Commission));
    }

    [Fact]
    public void Configure_ApproverWithoutTheRole_IsRefused()
    {
        var a = new Setup();
        var outcome = a.Process.Configure(a.S.As(a.S.Lead), a.S.Inspection, ApprovalStage.Commission, ApprovalRule.Everyone, [a.S.Member]);
        Assert.Equal(ApprovalReasonCodes.ApproverLacksRole, outcome.Refusal?.Code);
    }

    [Fact]
    public void Configure_StageUnderReview_IsRefused()
    {
        var a = new Setup();
        a.Submit();
        var outcome = a.Process.Configure(a.S.As(a.S.Lead), a.S.Inspection, ApprovalStage.WorkingGroup, ApprovalRule.Majority, a.Approvers);
        Assert.Equal(ApprovalReasonCodes.AlreadyInReview, outcome.Refusal?.Code);
    }
}
