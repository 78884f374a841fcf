using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using S = Takomil.Domain.Inspections.InspectionStage;
using T = Takomil.Domain.Inspections.InspectionTrigger;

namespace Takomil.Domain.Tests;

public class RoleRuleTests
{
    public static TheoryData<T, S, S, string> EveryTriggerByEveryPerson()
    {
        var data = new TheoryData<T, S, S, string>();
        foreach (var trigger in Enum.GetValues<T>())
        {
            var (_, from, to) = StageMachineSpec.Allowed.First(a => a.Trigger == trigger);
            foreach (var person in StageMachineSpec.People) data.Add(trigger, from, to, person);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTriggerByEveryPerson))]
    public void Fire_ByEachRoleHolder_OnlyTheSpecifiedRolesMayTransition(T trigger, S from, S to, string person)
    {
        var (scenario, evidence) = StageMachineSpec.Prepare(trigger, from, to);
        var actor = scenario.As(StageMachineSpec.Person(scenario, person));

        var outcome = scenario.Inspection.Fire(actor, trigger, evidence, Scenario.Now);

        if (StageMachineSpec.WhoMay(trigger).Contains(person))
        {
            Assert.True(outcome.IsSuccess, outcome.ToString());
        }
        else
        {
            var expected = actor.Roles.Count == 0 && actor.SystemRole == SystemRole.None
                ? ReasonCodes.NotInWorkingGroup
                : ReasonCodes.AccessDenied;
            Assert.Equal(expected, outcome.Refusal?.Code);
            Assert.Equal(StageMachineSpec.PermissionOf(trigger).ToString(), outcome.Refusal!.Args["permission"]);
            Assert.Equal(from, scenario.Inspection.Stage);
        }
    }

    [Theory]
    [InlineData(WorkingGroupRole.Lead, Permission.EditFacts, true)]
    [InlineData(WorkingGroupRole.Member, Permission.EditModel, true)]
    [InlineData(WorkingGroupRole.Member, Permission.ApproveAsWorkingGroup, false)]
    [InlineData(WorkingGroupRole.Interviewee, Permission.AnswerInterview, true)]
    [InlineData(WorkingGroupRole.Interviewee, Permission.EditFacts, false)]
    [InlineData(WorkingGroupRole.Approver, Permission.ApproveAsWorkingGroup, true)]
    [InlineData(WorkingGroupRole.Approver, Permission.ApproveAsCommission, false)]
    [InlineData(WorkingGroupRole.CommissionMember, Permission.ApproveAsCommission, true)]
    [InlineData(WorkingGroupRole.CommissionMember, Permission.EditPlan, false)]
    [InlineData(WorkingGroupRole.Executor, Permission.UpdatePlanItem, true)]
    [InlineData(WorkingGroupRole.Executor, Permission.EditModel, false)]
    [InlineData(WorkingGroupRole.Member, Permission.CreateInspection, false)]
    public void Decide_RoleAndPermission_FollowsTheTable(WorkingGroupRole role, Permission permission, bool allowed)
    {
        var actor = new Actor(Guid.NewGuid(), SystemRole.None, new HashSet<WorkingGroupRole> { role }, Guid.NewGuid(), null);
        Assert.Equal(allowed, AccessPolicy.Decide(actor, permission).IsSuccess);
    }

    [Theory]
    [InlineData(SystemRole.MinistryLead, Permission.CreateInspection, true)]
    [InlineData(SystemRole.Administrator, Permission.CreateInspection, true)]
    [InlineData(SystemRole.None, Permission.CreateInspection, false)]
    [InlineData(SystemRole.CommissionSecretary, Permission.CreateInspection, false)]
    [InlineData(SystemRole.CommissionSecretary, Permission.ApproveServiceList, true)]
    [InlineData(SystemRole.MinistryLead, Permission.ApproveServiceList, false)]
    [InlineData(SystemRole.Administrator, Permission.VerifyAuditTrail, true)]
    [InlineData(SystemRole.MinistryLead, Permission.VerifyAuditTrail, false)]
    public void Decide_SystemRole_FollowsTheTable(SystemRole role, Permission permission, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.Decide(Actor.Global(Guid.NewGuid(), role), permission).IsSuccess);
    }

    [Theory]
    [InlineData(Permission.EditFacts, S.Inspecting, true)]
    [InlineData(Permission.EditFacts, S.ModelsDrafted, false)]
    [InlineData(Permission.EditModel, S.Executing, false)]
    [InlineData(Permission.EditPlan, S.ModelsDrafted, true)]
    [InlineData(Permission.EditPlan, S.PlanEndorsedByWorkingGroup, false)]
    [InlineData(Permission.UpdatePlanItem, S.Executing, true)]
    [InlineData(Permission.UpdatePlanItem, S.PlanApprovedByCommission, false)]
    [InlineData(Permission.AddMember, S.Completed, false)]
    [InlineData(Permission.ViewInspection, S.Completed, true)]
    public void Decide_LeadInStage_ContentPermissionsOnlyInTheirStages(Permission permission, S stage, bool allowed)
    {
        var actor = new Actor(Guid.NewGuid(), SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Lead }, Guid.NewGuid(), stage);

        var outcome = AccessPolicy.Decide(actor, permission);

        Assert.Equal(allowed, outcome.IsSuccess);
        if (!allowed) Assert.Equal(ReasonCodes.StageLocked, outcome.Refusal!.Code);
    }
}
