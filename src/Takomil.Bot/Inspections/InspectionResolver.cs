using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections;

/// <summary>
/// Which inspection a command means, the same way for every command: the service code or name in its words, else the
/// inspection this chat is linked to, else the caller's only inspection. When none fits it answers the person itself
/// (not found, none yet, or which one of theirs) and returns null.
/// </summary>
public sealed class InspectionResolver(InspectionLocator locator, InspectionRepository inspections, InspectionReplies replies)
{
    public async Task<Inspection?> ResolveAsync(TurnContext turn, Caller caller, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(caller);
        reference = (reference ?? string.Empty).Trim();
        if (reference.Length > 0)
        {
            var named = await locator.ByReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
            if (named is null) await replies.SayAsync(turn, "Inspection.NotFound", cancellationToken, InspectionReplies.Quote(reference)).ConfigureAwait(false);
            return named;
        }
        var linked = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        if (linked is not null) return linked;
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
