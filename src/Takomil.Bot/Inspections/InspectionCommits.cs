using Microsoft.Extensions.Logging;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections;

/// <summary>
/// Saves a change to an existing inspection through the unit of work. When someone else saved it first, nothing of
/// this change is written: the user is told so and sees the inspection as it now stands, to repeat their command
/// if it still makes sense.
/// </summary>
public sealed class InspectionCommits(
    IInspectionsDbContext db, InspectionsUnitOfWork unitOfWork, InspectionRepository inspections, InspectionReplies replies,
    ILogger<InspectionCommits> logger)
{
    /// <returns>True when saved; false when a concurrent change won (and the user has been told).</returns>
    public async Task<bool> CommitAsync(TurnContext turn, Caller caller, Inspection inspection, AuditEvent audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(inspection);
        try
        {
            await unitOfWork.CommitAsync(audit, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            // A duplicate here is someone registering the same person a moment earlier: the same race, told alike.
            Log.Conflict(logger, inspection.Id, caller.Id, ex.Message);
            db.ChangeTracker.Clear();
            var current = await inspections.FindAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
            await replies.SayAsync(turn, "Conflict.NotSaved", cancellationToken).ConfigureAwait(false);
            if (current is not null) await replies.SendStatusAsync(turn, current, null, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }
}
