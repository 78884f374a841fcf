using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>status [service code]</c>: the status card of the named inspection, else of the one this chat is linked to,
/// else of the caller's only inspection.
/// </summary>
public sealed class StatusCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, InspectionRepository inspections,
    InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Status.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var reference = arguments.Trim();
        Inspection? inspection;
        if (reference.Length > 0)
        {
            inspection = await locator.ByReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
            if (inspection is null)
            {
                await replies.SayAsync(turn, "Inspection.NotFound", cancellationToken, InspectionReplies.Quote(reference)).ConfigureAwait(false);
                return;
            }
        }
        else
        {
            inspection = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false)
                ?? await OnlyInspectionAsync(turn, caller, cancellationToken).ConfigureAwait(false);
            if (inspection is null) return;
        }
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess)
        {
            await replies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        await replies.SendStatusAsync(turn, inspection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>With no inspection named or linked: the caller's only one, or a hint listing theirs.</summary>
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
