using Microsoft.Extensions.Logging;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Inspections;

/// <summary>The outcome of opening an inspection: created, already there (by anyone), or refused by the domain.</summary>
public sealed record CreateResult(Inspection? Created, Inspection? Existing, Refusal? Refusal);

/// <summary>
/// Opens the inspection of one listed service, led by its creator, and links the group chat it was opened in —
/// one commit, one audit entry. Used by the <c>new</c> command and by the picker card's buttons alike.
/// </summary>
public sealed class InspectionCreator(
    InspectionRepository inspections, IChatLinks chats, IInspectionsDbContext db, InspectionsUnitOfWork unitOfWork,
    TimeProvider time, ILogger<InspectionCreator> logger)
{
    public async Task<CreateResult> CreateAsync(TurnContext turn, Caller caller, ServiceList list, ListedService listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(listed);
        if (listed.Inspection is { } already) return new CreateResult(null, already, null);
        var now = time.GetUtcNow();
        var outcome = Inspection.Create(caller.Global, Guid.NewGuid(), list, listed.Service.Id, caller.Id, now);
        if (!outcome.IsSuccess)
        {
            Log.Refused(logger, "inspection.create", caller.Id, outcome.Refusal!.ToString());
            return new CreateResult(null, null, outcome.Refusal);
        }
        var inspection = outcome.Value!;
        inspections.Add(inspection);
        var chat = ChatScope.LinkKey(turn.Activity);
        if (chat is not null) await chats.StageAsync(chat, inspection.Id, caller.Id, now, cancellationToken).ConfigureAwait(false);
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "inspection.create", $"inspection:{inspection.Id}",
                new { serviceId = listed.Service.Id, serviceCode = listed.Service.Code, year = list.Year, lead = caller.Id, chat },
                now), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DuplicateEntityException or ConcurrencyConflictException)
        {
            // Someone opened the same service's inspection a moment ago: theirs stands, nothing of ours was written.
            db.ChangeTracker.Clear();
            var theirs = await inspections.FindByServiceAsync(listed.Service.Id, list.Year, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The inspection was reported as a duplicate but cannot be found.", ex);
            return new CreateResult(null, theirs, null);
        }
        Log.InspectionCreated(logger, inspection.Id, listed.Service.Code, list.Year, caller.Id, chat is not null);
        return new CreateResult(inspection, null, null);
    }

    /// <summary>Whether the caller may open inspections at all (checked before showing the List).</summary>
    public static Outcome MayCreate(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return AccessPolicy.Decide(caller.Global, Permission.CreateInspection);
    }
}
