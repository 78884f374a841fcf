using Takomil.Bot.Inspections;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Models;

/// <summary>The caller and the inspection a models command is about, after checking they may see it.</summary>
public sealed record InspectionTarget(Caller Caller, Inspection Inspection);

/// <summary>
/// Finds the inspection a command names the way <c>status</c> does: a service code or name in the words, else the
/// inspection linked to this chat, else the caller's only inspection. Anything else is answered here, in words.
/// </summary>
public sealed class InspectionTargets(
    OfficialDirectory officials, InspectionLocator locator, InspectionRepository inspections, InspectionReplies replies)
{
    public async Task<InspectionTarget?> FindAsync(TurnContext turn, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reference);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return null;
        Inspection? inspection;
        reference = reference.Trim();
        if (reference.Length > 0)
        {
            inspection = await locator.ByReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
            if (inspection is null)
            {
                await replies.SayAsync(turn, "Inspection.NotFound", cancellationToken, InspectionReplies.Quote(reference)).ConfigureAwait(false);
                return null;
            }
        }
        else
        {
            inspection = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false)
                ?? await OnlyInspectionAsync(turn, caller, cancellationToken).ConfigureAwait(false);
            if (inspection is null) return null;
        }
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess)
        {
            await replies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return null;
        }
        return new InspectionTarget(caller, inspection);
    }

    private async Task<Inspection?> OnlyInspectionAsync(TurnContext turn, Caller caller, CancellationToken cancellationToken)
    {
        var mine = await inspections.ListForMemberAsync(caller.Id, cancellationToken).ConfigureAwait(false);
        if (mine.Count == 1) return mine[0];
        if (mine.Count == 0)
        {
            await replies.SayAsync(turn, "Inspection.NoneYet", cancellationToken).ConfigureAwait(false);
            return null;
        }
        var codes = await locator.CodesAsync(mine.Select(i => i.ServiceId), cancellationToken).ConfigureAwait(false);
        await replies.SayAsync(turn, "Inspection.WhichOne", cancellationToken, string.Join(", ", codes.Select(InspectionReplies.Quote))).ConfigureAwait(false);
        return null;
    }
}
