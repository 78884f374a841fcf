using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Tests;

public class ActionPlanTests
{
    [Fact]
    public void UpdatePlanItem_ExecutorOnOwnItem_Succeeds()
    {
        var s = new Scenario().At(InspectionStage.Executing);
        Scenario.Ok(s.Inspection.UpdatePlanItem(s.As(s.Executor), s.PlanItemId, PlanItemStatus.InProgress, "drafting the act", Scenario.EditBy(s.Executor)));
        var item = Assert.Single(s.Inspection.PlanItems);
        Assert.Equal((PlanItemStatus.InProgress, s.Executor), (item.Status, item.Provenance.OfficialId));
    }

    [Fact]
    public void UpdatePlanItem_ExecutorOnSomeoneElsesItem_Refused()
    {
        var s = new Scenario().At(InspectionStage.Executing);
        var other = Guid.NewGuid();
        Scenario.Ok(s.Inspection.AddMember(s.As(s.Lead), other, [WorkingGroupRole.Executor], Scenario.Now));

        var outcome = s.Inspection.UpdatePlanItem(s.As(other), s.PlanItemId, PlanItemStatus.Done, null, Scenario.EditBy(other));

        Assert.Equal(ReasonCodes.NotAssignedExecutor, outcome.Refusal?.Code);
    }

    [Fact]
    public void UpdatePlanItem_BeforeExecution_RefusedAsStageLocked()
    {
        var s = new Scenario().At(InspectionStage.PlanApprovedByCommission);
        var outcome = s.Inspection.UpdatePlanItem(s.As(s.Executor), s.PlanItemId, PlanItemStatus.Done, null, Scenario.EditBy(s.Executor));
        Assert.Equal(ReasonCodes.StageLocked, outcome.Refusal?.Code);
    }

    [Fact]
    public void UpdatePlanItem_UnknownItem_Refused()
    {
        var s = new Scenario().At(InspectionStage.Executing);
        var outcome = s.Inspection.UpdatePlanItem(s.As(s.Lead), Guid.NewGuid(), PlanItemStatus.Done, null, Scenario.EditBy(s.Lead));
        Assert.Equal(ReasonCodes.PlanItemNotFound, outcome.Refusal?.Code);
    }

    [Fact]
    public void PutPlanItem_OrdersItemsAndResetsStatus()
    {
        var s = new Scenario().At(InspectionStage.Inspecting);
        var second = new PlanItem(Guid.NewGuid(), 2, Measure.SetOrCutCost, "Cut the duty", null, null, false, PlanItemStatus.Done, "x", Scenario.EditBy(s.Member));
        var first = second with { Id = Guid.NewGuid(), Order = 1, Measure = Measure.ChangeProcedures };
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), second));
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), first));

        Assert.Equal([first.Id, second.Id], s.Inspection.PlanItems.Select(i => i.Id));
        Assert.All(s.Inspection.PlanItems, i => Assert.Equal(PlanItemStatus.Planned, i.Status));
    }

    [Fact]
    public void RemovePlanItem_AfterEndorsement_RefusedAsStageLocked()
    {
        var s = new Scenario().At(InspectionStage.PlanEndorsedByWorkingGroup);
        Assert.Equal(ReasonCodes.StageLocked, s.Inspection.RemovePlanItem(s.As(s.Lead), s.PlanItemId).Refusal?.Code);
    }
}
