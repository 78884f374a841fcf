using Takomil.Bot.Inspections;
using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Actions;

/// <summary>
/// The card's refresh (automatic for the pending approvers Teams was told about, or the Refresh button): the
/// approver's view for a pending approver, the live status for everyone else. Only ever answered in the invoke
/// response — updating the shared message from a refresh would make Teams refresh again.
/// </summary>
public sealed class RefreshApprovalAction(OfficialDirectory officials, ApprovalReplies replies) : ICardActionHandler
{
    public string Verb => V.Refresh;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var id = V.InspectionId(action);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (id is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), false, cancellationToken).ConfigureAwait(false);
        }
        var mismatch = await replies.CheckPostedCardAsync(turn, id.Value, cancellationToken).ConfigureAwait(false);
        if (mismatch is not null) return await replies.RefuseAsync(turn, caller, null, mismatch, false, cancellationToken).ConfigureAwait(false);
        var view = await replies.LoadAsync(id.Value, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), false, cancellationToken).ConfigureAwait(false);
        }
        var mayView = view.Process.Approvers.Any(a => a.OfficialId == caller.Id)
            || AccessPolicy.Allows(caller.In(view.Inspection), Permission.ViewInspection)
            || await replies.IsPostedHereAsync(turn, id.Value, cancellationToken).ConfigureAwait(false);
        if (!mayView)
        {
            var refusal = Refusal.Of(ReasonCodes.NotInWorkingGroup, ("inspectionId", id.Value));
            return await replies.RefuseAsync(turn, caller, null, refusal, false, cancellationToken).ConfigureAwait(false);
        }
        var card = await replies.ApprovalCardAsync(turn, caller, id.Value, null, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }
}
