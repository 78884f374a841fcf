using Takomil.Domain.Common;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Tests;

public sealed class ExecutionTests
{
    private static readonly TimeSpan Tashkent = TimeSpan.FromHours(5);
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    private static PlanItem Item(DateOnly? deadline, PlanItemStatus status = PlanItemStatus.Planned, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), 1, Measure.CutApplicantDocuments, "x", deadline, Guid.NewGuid(), false, status, null,
            Provenance.FromEdit(Guid.NewGuid(), Scenario.Now));

    [Fact]
    public void ReminderPlan_FutureDeadline_TwoRemindersAndAnEscalationAtNineTashkent()
    {
        var deadline = new DateOnly(2025, 6, 30);
        var slots = ReminderPlan.For(Item(deadline), Offsets, TimeSpan.FromDays(1), Nine, Tashkent, Scenario.Now);

        Assert.Equal(
            [new DateTimeOffset(2025, 6, 23, 4, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 29, 4, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 1, 4, 0, 0, TimeSpan.Zero)],
            slots.Select(s => s.FireAt));
        Assert.Equal([NoticeKind.Reminder, NoticeKind.Reminder, NoticeKind.Escalation], slots.Select(s => s.Kind));
    }

    [Fact]
    public void ReminderPlan_DeadlineInThreeDays_SkipsThePassedReminderAndKeepsTheRest()
    {
        var now = new DateTimeOffset(2025, 6, 27, 4, 0, 0, TimeSpan.Zero);
        var slots = ReminderPlan.For(Item(new DateOnly(2025, 6, 30)), Offsets, TimeSpan.FromDays(1), Nine, Tashkent, now);

        Assert.Equal([TimeSpan.FromDays(1)], slots.Where(s => s.Kind == NoticeKind.Reminder).Select(s => s.Offset));
        Assert.Single(slots, s => s.Kind == NoticeKind.Escalation);
    }

    [Fact]
    public void ReminderPlan_AlreadyOverdue_EscalatesNow()
    {
        var now = new DateTimeOffset(2025, 8, 1, 4, 0, 0, TimeSpan.Zero);
        var slot = Assert.Single(ReminderPlan.For(Item(new DateOnly(2025, 6, 30)), Offsets, TimeSpan.FromDays(1), Nine, Tashkent, now));

        Assert.Equal(NoticeKind.Escalation, slot.Kind);
        Assert.Equal(now, slot.FireAt);
    }

    [Theory]
    [InlineData(PlanItemStatus.Done)]
    [InlineData(PlanItemStatus.Dropped)]
    public void ReminderPlan_ClosedItem_HasNoSlots(PlanItemStatus status) =>
        Assert.Empty(ReminderPlan.For(Item(new DateOnly(2025, 6, 30), status), Offsets, TimeSpan.FromDays(1), Nine, Tashkent, Scenario.Now));

    [Fact]
    public void ReminderSlotKey_NewDeadline_IsANewKey()
    {
        var id = Guid.NewGuid();
        var before = ReminderPlan.For(Item(new DateOnly(2025, 6, 30), id: id), Offsets, TimeSpan.FromDays(1), Nine, Tashkent, Scenario.Now).Select(s => s.Key);
        var after = ReminderPlan.For(Item(new DateOnly(2025, 7, 15), id: id), Offsets, TimeSpan.FromDays(1), Nine, Tashkent, Scenario.Now).Select(s => s.Key);

        Assert.Empty(before.Intersect(after));
        Assert.All(before.Concat(after), k => Assert.Contains(id.ToString("N"), k, StringComparison.Ordinal));
    }

    [Fact]
    public void PlanProgress_CountsOverdueAndPerExecutor()
    {
        var s = new Scenario().At(InspectionStage.Executing);
        var today = new DateOnly(2025, 12, 2);

        var progress = PlanProgress.Of(s.Inspection.PlanItems, today);

        Assert.Equal(1, progress.Total);
        Assert.Single(progress.Overdue);
        var executor = Assert.Single(progress.Executors);
        Assert.Equal((s.Executor, 1, 0, 1, 1), (executor.ExecutorId, executor.Total, executor.Done, executor.Open, executor.Overdue));
    }

    [Fact]
    public void IctProposal_ExecutorInStageFour_IsRecorded()
    {
        var s = new Scenario().At(InspectionStage.PlanApprovedByCommission);

        var outcome = IctProposal.Submit(s.As(s.Executor), s.Inspection, Guid.NewGuid(), " Cadastre gateway ", "Registry asks itself", "Cadastre agency",
            [s.PlanItemId], 120.456m, IctPriority.High, Scenario.Now);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal("Cadastre gateway", outcome.Value!.SystemName);
        Assert.Equal(120.46m, outcome.Value.EstimatedCost);
    }

    [Fact]
    public void IctProposal_Interviewee_IsRefused()
    {
        var s = new Scenario().At(InspectionStage.PlanApprovedByCommission);

        var outcome = IctProposal.Submit(s.As(s.Interviewee), s.Inspection, Guid.NewGuid(), "X", "Y", "Z", [s.PlanItemId], 1m, IctPriority.Low, Scenario.Now);

        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void IctProposal_AfterExecutionStarted_IsRefusedByStage()
    {
        var s = new Scenario().At(InspectionStage.Executing);

        var outcome = IctProposal.Submit(s.As(s.Lead), s.Inspection, Guid.NewGuid(), "X", "Y", "Z", [s.PlanItemId], 1m, IctPriority.Low, Scenario.Now);

        Assert.Equal(ReasonCodes.StageLocked, outcome.Refusal?.Code);
    }

    [Theory]
    [InlineData("", "purpose", "agency", 1, "systemName")]
    [InlineData("name", " ", "agency", 1, "purpose")]
    [InlineData("name", "purpose", "", 1, "agency")]
    [InlineData("name", "purpose", "agency", -1, "estimatedCost")]
    public void IctProposal_MissingOrInvalidField_NamesTheField(string name, string purpose, string agency, int cost, string field)
    {
        var s = new Scenario().At(InspectionStage.PlanApprovedByCommission);

        var outcome = IctProposal.Submit(s.As(s.Lead), s.Inspection, Guid.NewGuid(), name, purpose, agency, [s.PlanItemId], cost, IctPriority.Low, Scenario.Now);

        Assert.Equal(ReasonCodes.ValueInvalid, outcome.Refusal?.Code);
        Assert.Equal(field, outcome.Refusal!.Args["field"]);
    }

    [Fact]
    public void IctProposal_ItemOfAnotherPlan_IsRefused()
    {
        var s = new Scenario().At(InspectionStage.PlanApprovedByCommission);

        var outcome = IctProposal.Submit(s.As(s.Lead), s.Inspection, Guid.NewGuid(), "X", "Y", "Z", [Guid.NewGuid()], 1m, IctPriority.Low, Scenario.Now);

        Assert.Equal("relatedItems", outcome.Refusal?.Args["field"]);
    }

    [Fact]
    public void UpdatePlanItem_Blocked_IsAStatusTheExecutorMayReport()
    {
        var s = new Scenario().At(InspectionStage.Executing);

        Scenario.Ok(s.Inspection.UpdatePlanItem(s.As(s.Executor), s.PlanItemId, PlanItemStatus.Blocked, "waiting for the law", Scenario.EditBy(s.Executor)));

        Assert.False(s.Inspection.PlanItems.Single().IsClosed);
    }
}
