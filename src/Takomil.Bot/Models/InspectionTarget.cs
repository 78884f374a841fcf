using Takomil.Bot.Inspections;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Models;

/// <summary>The caller and the inspection a models command is about, after checking they may see it.</summary>
public sealed record InspectionTarget(Caller Caller, Inspection Inspection);

/// <summary>
/// Finds the inspection a command names the way <c>status</c> does: a service code or name in the words, else the
/// inspection linked to this chat, else the caller's only inspection. Anything else is answered here, in words.
/// </summary>
public sealed class InspectionTargets(
    OfficialDirectory officials, InspectionResolver resolver, InspectionReplies replies)
{
    public async Task<InspectionTarget?> FindAsync(TurnContext turn, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reference);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return null;
        var inspection = await resolver.ResolveAsync(turn, caller, reference, cancellationToken).ConfigureAwait(false);
        if (inspection is null) return null;
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess)
        {
            await replies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return null;
        }
        return new InspectionTarget(caller, inspection);
    }
}
