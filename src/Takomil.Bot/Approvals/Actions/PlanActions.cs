using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Actions;

/// <summary>Shows the plan card again (Refresh, Cancel on a form).</summary>
public sealed class ShowPlanAction(OfficialDirectory officials, ApprovalReplies replies) : ICardActionHandler
{
    public string Verb => V.PlanShow;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var id = V.InspectionId(action);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var view = id is null ? null : await replies.LoadAsync(id.Value, cancellationToken).ConfigureAwait(false);
        if (view is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), true, cancellationToken).ConfigureAwait(false);
        }
        var access = AccessPolicy.Decide(caller.In(view.Inspection), Permission.ViewInspection);
        if (!access.IsSuccess) return await replies.RefuseAsync(turn, caller, null, access.Refusal!, true, cancellationToken).ConfigureAwait(false);
        var card = await replies.PlanCardAsync(turn, id!.Value, null, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }
}

/// <summary>Opens the form to add an item (no item id) or edit one; only for those who may edit the plan now.</summary>
public sealed class EditPlanItemAction(OfficialDirectory officials, ApprovalReplies replies, PlanItemCard form) : ICardActionHandler
{
    public string Verb => V.PlanItemEdit;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var id = V.InspectionId(action);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var view = id is null ? null : await replies.LoadAsync(id.Value, cancellationToken).ConfigureAwait(false);
        if (view is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), true, cancellationToken).ConfigureAwait(false);
        }
        var access = AccessPolicy.Decide(caller.In(view.Inspection), Permission.EditPlan);
        if (!access.IsSuccess) return await replies.RefuseAsync(turn, caller, id, access.Refusal!, true, cancellationToken).ConfigureAwait(false);
        var itemId = V.GuidOf(action, V.ItemIdKey);
        var item = itemId is null ? null : view.Inspection.PlanItems.FirstOrDefault(i => i.Id == itemId);
        if (itemId is not null && item is null)
        {
            return await replies.RefuseAsync(turn, caller, id, Refusal.Of(ReasonCodes.PlanItemNotFound), true, cancellationToken).ConfigureAwait(false);
        }
        return AdaptiveCardInvokeResponse.Card(form.Build(view, item, turn.Culture(), OfficialDirectory.LanguageOf(turn)).ToJsonElement());
    }
}

/// <summary>Removes an item from the version the card showed (a newer version refuses: the card was outdated).</summary>
public sealed class RemovePlanItemAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, Storage.Approvals.ApprovalRepository approvals,
    TimeProvider time) : ICardActionHandler
{
    public string Verb => V.PlanItemRemove;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var (id, itemId, hash) = (V.InspectionId(action), V.GuidOf(action, V.ItemIdKey), V.Hash(action));
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (id is null || itemId is null || hash is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), true, cancellationToken).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        var outcome = await workflow.ChangeAsync<string>(id.Value, (inspection, _) =>
        {
            if (inspection.CurrentPlan.Hash != hash) return Refusal.Of(ApprovalReasonCodes.VersionOutdated, ("version", inspection.CurrentPlan.Label));
            var removed = inspection.RemovePlanItem(caller.In(inspection), itemId.Value);
            if (!removed.IsSuccess) return removed.Refusal!;
            approvals.StagePlanVersion(inspection, caller.Id, now);
            var label = inspection.CurrentPlan.Label;
            return Outcome.Ok(new ApprovalChange<string>(label, AuditEvent.By(caller.Id, "plan.item.remove", $"inspection:{inspection.Id}",
                new { itemId = itemId.Value, version = label }, now)));
        }, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess) return await replies.RefuseAsync(turn, caller, id, outcome.Refusal!, true, cancellationToken).ConfigureAwait(false);
        var notice = ApprovalReplies.Done(texts.Format("Plan.Removed", turn.Culture(), Protocol.Cards.MarkdownText.Escape(outcome.Value!)));
        var card = await replies.PlanCardAsync(turn, id.Value, notice, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }
}
