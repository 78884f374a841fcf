using Microsoft.Extensions.Logging;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Approvals;

/// <summary>What a change produced, and the audit entry to commit with it (none: nothing changed, nothing is saved).</summary>
public sealed record ApprovalChange<T>(T Value, AuditEvent? Audit);

/// <summary>
/// Runs one change of an inspection's plan or approval: under the per-inspection lock (so concurrent approvers take
/// turns, across instances on PostgreSQL), on freshly loaded state, committed through the unit of work with its audit
/// entry. A conflict with a writer that does not take the lock (another kind of edit) is retried on fresh state.
/// </summary>
public sealed class ApprovalWorkflow(
    IInspectionsDbContext db, InspectionRepository inspections, ApprovalRepository approvals, InspectionsUnitOfWork unitOfWork,
    InspectionLock locks, ILogger<ApprovalWorkflow> logger)
{
    private const int MaxAttempts = 5;

    public Task<Outcome<T>> ChangeAsync<T>(
        Guid inspectionId, Func<Inspection, ApprovalProcess, Outcome<ApprovalChange<T>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeAsync<T>(inspectionId, (inspection, process) => Task.FromResult(change(inspection, process)), cancellationToken);
    }

    /// <summary>The same, for a change that needs to read more first (e.g. find or stage a mentioned person).</summary>
    public async Task<Outcome<T>> ChangeAsync<T>(
        Guid inspectionId, Func<Inspection, ApprovalProcess, Task<Outcome<ApprovalChange<T>>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var held = await locks.AcquireAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var inspection = await inspections.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
            if (inspection is null) return Refusal.Of(ApprovalReasonCodes.UnknownCard);
            var process = await approvals.FindOrStageAsync(inspectionId, cancellationToken).ConfigureAwait(false);
            var outcome = await change(inspection, process).ConfigureAwait(false);
            if (!outcome.IsSuccess || outcome.Value!.Audit is null)
            {
                db.ChangeTracker.Clear();
                return outcome.IsSuccess ? Outcome.Ok(outcome.Value!.Value) : outcome.Refusal!;
            }
            try
            {
                await unitOfWork.CommitAsync(outcome.Value.Audit, cancellationToken).ConfigureAwait(false);
                return Outcome.Ok(outcome.Value.Value);
            }
            catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
            {
                Log.ChangeConflict(logger, inspectionId, attempt, ex.Message);
                if (attempt >= MaxAttempts) return Refusal.Of(ApprovalReasonCodes.Busy);
            }
        }
    }
}
