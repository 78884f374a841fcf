using Takomil.Bot.Approvals;

namespace Takomil.Bot.Execution.Scheduling;

/// <summary>An approved plan's executors hear about their items now, not at the next sweep (which stays the safety net).</summary>
public sealed class SweepOnPlanApproval(ReminderScheduler reminders) : IPlanApprovalObserver
{
    public Task PlanApprovedAsync(Guid inspectionId, CancellationToken cancellationToken) => reminders.RequestSweepAsync(cancellationToken);
}
