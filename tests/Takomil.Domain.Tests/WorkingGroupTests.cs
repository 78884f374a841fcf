using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Tests;

public class WorkingGroupTests
{
    [Fact]
    public void AddMember_ByMember_RefusedAsAccessDenied()
    {
        var s = new Scenario();
        var outcome = s.Inspection.AddMember(s.As(s.Member), Guid.NewGuid(), [WorkingGroupRole.Member], Scenario.Now);
        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void AddMember_ByMinistryLeadOutsideTheGroup_Succeeds()
    {
        var s = new Scenario();
        var newcomer = Guid.NewGuid();
        Scenario.Ok(s.Inspection.AddMember(s.As(s.MinistryLead), newcomer, [WorkingGroupRole.Member, WorkingGroupRole.Interviewee], Scenario.Now));
        Assert.Equal([WorkingGroupRole.Member, WorkingGroupRole.Interviewee], s.Inspection.FindMember(newcomer)!.Roles);
    }

    [Fact]
    public void AddMember_SecondLead_Refused()
    {
        var s = new Scenario();
        var outcome = s.Inspection.AddMember(s.As(s.Lead), Guid.NewGuid(), [WorkingGroupRole.Lead], Scenario.Now);
        Assert.Equal(ReasonCodes.WorkingGroupLeadExists, outcome.Refusal?.Code);
    }

    [Fact]
    public void AddMember_Twice_Refused()
    {
        var s = new Scenario();
        var outcome = s.Inspection.AddMember(s.As(s.Lead), s.Member, [WorkingGroupRole.Approver], Scenario.Now);
        Assert.Equal(ReasonCodes.WorkingGroupAlreadyMember, outcome.Refusal?.Code);
    }

    [Fact]
    public void AddMember_NoRoles_Refused()
    {
        var s = new Scenario();
        var outcome = s.Inspection.AddMember(s.As(s.Lead), Guid.NewGuid(), [], Scenario.Now);
        Assert.Equal(ReasonCodes.WorkingGroupNoRoles, outcome.Refusal?.Code);
    }

    [Fact]
    public void AddMember_AfterCompletion_RefusedAsStageLocked()
    {
        var s = new Scenario().At(InspectionStage.Completed);
        var outcome = s.Inspection.AddMember(s.As(s.Lead), Guid.NewGuid(), [WorkingGroupRole.Member], Scenario.Now);
        Assert.Equal(ReasonCodes.StageLocked, outcome.Refusal?.Code);
    }

    [Fact]
    public void RemoveMember_TheLead_RefusedUntilHandedOver()
    {
        var s = new Scenario();
        Assert.Equal(ReasonCodes.WorkingGroupLastLead, s.Inspection.RemoveMember(s.As(s.Admin), s.Lead).Refusal?.Code);

        Scenario.Ok(s.Inspection.HandOverLead(s.As(s.Lead), s.Member));
        Scenario.Ok(s.Inspection.RemoveMember(s.As(s.Member), s.Lead));

        Assert.Null(s.Inspection.FindMember(s.Lead));
        Assert.True(s.As(s.Member).Has(WorkingGroupRole.Lead));
    }

    [Fact]
    public void ChangeRoles_DroppingLeadRole_Refused()
    {
        var s = new Scenario();
        var outcome = s.Inspection.ChangeRoles(s.As(s.Lead), s.Lead, [WorkingGroupRole.Member]);
        Assert.Equal(ReasonCodes.WorkingGroupLastLead, outcome.Refusal?.Code);
    }

    [Fact]
    public void ChangeRoles_MemberBecomesApprover_GainsTheRightAtOnce()
    {
        var s = new Scenario();
        Assert.False(AccessPolicy.Allows(s.As(s.Member), Permission.ApproveAsWorkingGroup));
        Scenario.Ok(s.Inspection.ChangeRoles(s.As(s.Lead), s.Member, [WorkingGroupRole.Member, WorkingGroupRole.Approver]));
        Assert.True(AccessPolicy.Allows(s.As(s.Member), Permission.ApproveAsWorkingGroup));
    }

    [Fact]
    public void RemoveMember_Unknown_Refused()
    {
        var s = new Scenario();
        Assert.Equal(ReasonCodes.WorkingGroupNotMember, s.Inspection.RemoveMember(s.As(s.Lead), Guid.NewGuid()).Refusal?.Code);
    }
}
