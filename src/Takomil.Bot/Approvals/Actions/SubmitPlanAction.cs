using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Actions;

/// <summary>
/// The lead submits the version the plan card showed to the working group (p. 25). The request then goes 1:1 to each
/// approver and into every chat linked to the inspection; copies of an earlier submission are updated to show they are
/// superseded.
/// </summary>
public sealed class SubmitPlanAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, ApprovalBroadcast broadcast,
    TimeProvider time) : ICardActionHandler
{
    public string Verb => V.Submit;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var (id, hash) = (V.InspectionId(action), V.Hash(action));
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (id is null || hash is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), true, cancellationToken).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        var outcome = await workflow.ChangeAsync<string>(id.Value, (inspection, process) =>
        {
            if (inspection.CurrentPlan.Hash != hash) return Refusal.Of(ApprovalReasonCodes.VersionOutdated, ("version", inspection.CurrentPlan.Label));
            var submitted = process.Submit(caller.In(inspection), inspection, now);
            if (!submitted.IsSuccess) return submitted.Refusal!;
            var label = inspection.CurrentPlan.Label;
            return Outcome.Ok(new ApprovalChange<string>(label, AuditEvent.By(caller.Id, "approval.submit", $"inspection:{inspection.Id}", new
            {
                version = label,
                hash,
                round = process.Round,
                workingGroup = process.ApproversOf(ApprovalStage.WorkingGroup),
                commission = process.ApproversOf(ApprovalStage.Commission),
            }, now)));
        }, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess) return await replies.RefuseAsync(turn, caller, id, outcome.Refusal!, true, cancellationToken).ConfigureAwait(false);

        await broadcast.UpdateCardsAsync(id.Value, sharedOnly: false, null, cancellationToken).ConfigureAwait(false);
        var view = (await replies.LoadAsync(id.Value, cancellationToken).ConfigureAwait(false))!;
        var sent = await broadcast.RequestApproversAsync(view, ApprovalStage.WorkingGroup, turn.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        await broadcast.PostToChatsAsync(turn, view, cancellationToken).ConfigureAwait(false);
        var notice = ApprovalReplies.Done(texts.Format("Plan.Submitted", turn.Culture(), MarkdownText.Escape(outcome.Value!), sent));
        var card = await replies.PlanCardAsync(turn, id.Value, notice, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }
}
