using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Approvals.Commands;

/// <summary>
/// <c>plan [service code]</c>: the action plan card, from which the plan is edited, its approvers set and it is
/// submitted. In a chat linked to an inspection the code is not needed.
/// </summary>
public sealed class PlanCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, InspectionReplies inspectionReplies, ApprovalReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Plan.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var reference = (arguments ?? string.Empty).Trim();
        var inspection = reference.Length > 0
            ? await locator.ByReferenceAsync(reference, cancellationToken).ConfigureAwait(false)
            : await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        if (inspection is null)
        {
            if (reference.Length == 0) await inspectionReplies.SayAsync(turn, "Plan.Usage", cancellationToken).ConfigureAwait(false);
            else await inspectionReplies.SayAsync(turn, "Inspection.NotFound", cancellationToken, InspectionReplies.Quote(reference)).ConfigureAwait(false);
            return;
        }
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess)
        {
            await inspectionReplies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var card = await replies.PlanCardAsync(turn, inspection.Id, null, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card!, cancellationToken).ConfigureAwait(false);
    }
}
