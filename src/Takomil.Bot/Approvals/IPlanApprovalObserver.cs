namespace Takomil.Bot.Approvals;

/// <summary>
/// Told when the Republican Commission approves an action plan (annex stage 3), after the decision is stored, so what
/// follows (telling executors their items) starts at once instead of at the next periodic sweep.
/// </summary>
public interface IPlanApprovalObserver
{
    Task PlanApprovedAsync(Guid inspectionId, CancellationToken cancellationToken);
}
