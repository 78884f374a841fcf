using Microsoft.Extensions.Logging;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Actions;

/// <summary>
/// Approve / Request changes / Reject on an approval card. The data names the inspection, stage and plan hash; the
/// database decides whether this person may decide on that version now. A repeat of the same decision is answered
/// with the current state; a decision that changes the state updates the shared cards (all copies when the stage
/// is decided) and, once the working group has endorsed the plan, sends the request on to the Commission.
/// </summary>
public abstract class DecisionAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, ApprovalBroadcast broadcast,
    IEnumerable<IPlanApprovalObserver> observers, TimeProvider time, ILogger logger) : ICardActionHandler
{
    public abstract string Verb { get; }

    protected abstract ApprovalVerdict Verdict { get; }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var (id, stage, hash) = (V.InspectionId(action), V.Stage(action), V.Hash(action));
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (id is null || stage is null || hash is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), false, cancellationToken).ConfigureAwait(false);
        }
        var mismatch = await replies.CheckPostedCardAsync(turn, id.Value, cancellationToken).ConfigureAwait(false);
        if (mismatch is not null) return await replies.RefuseAsync(turn, caller, null, mismatch, false, cancellationToken).ConfigureAwait(false);

        var comment = action.GetString(V.CommentKey);
        var now = time.GetUtcNow();
        var outcome = await workflow.ChangeAsync<DecisionResult>(id.Value, (inspection, process) =>
        {
            var decided = process.Decide(caller.In(inspection), inspection, stage.Value, hash, Verdict, comment, now);
            if (!decided.IsSuccess) return decided.Refusal!;
            var result = decided.Value!;
            var audit = result.Repeated ? null : AuditEvent.By(caller.Id, "approval.decide", $"inspection:{inspection.Id}", new
            {
                stage = stage.Value.ToString(),
                version = result.Decision.PlanRevision,
                hash,
                verdict = Verdict.ToString(),
                comment = result.Decision.Comment,
                effect = result.Effect.ToString(),
            }, now);
            return Outcome.Ok(new ApprovalChange<DecisionResult>(result, audit));
        }, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            Log.Acted(logger, Verb, id.Value, caller.Id, outcome.Refusal!.ToString());
            return await replies.RefuseAsync(turn, caller, id, outcome.Refusal!, false, cancellationToken).ConfigureAwait(false);
        }
        var decision = outcome.Value!;
        Log.Acted(logger, Verb, id.Value, caller.Id, decision.Repeated ? "repeat" : decision.Effect.ToString());
        if (!decision.Repeated)
        {
            var clicked = turn.Activity is { Conversation.Id: { } c, ReplyToId: { } r } ? (c, r) : ((string, string)?)null;
            await broadcast.UpdateCardsAsync(id.Value, sharedOnly: decision.Effect == ApprovalEffect.Pending, clicked, cancellationToken).ConfigureAwait(false);
            if (decision.Effect == ApprovalEffect.Endorsed)
            {
                var view = await replies.LoadAsync(id.Value, cancellationToken).ConfigureAwait(false);
                if (view is not null)
                {
                    await broadcast.RequestApproversAsync(view, ApprovalStage.Commission, turn.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
                }
            }
            if (decision.Effect == ApprovalEffect.Approved)
            {
                foreach (var observer in observers) await observer.PlanApprovedAsync(id.Value, cancellationToken).ConfigureAwait(false);
            }
        }
        var culture = turn.Culture();
        var key = decision.Repeated ? "Approval.Decided.Repeat" : $"Approval.Decided.{decision.Effect}";
        var notice = ApprovalReplies.Done(texts.Format(key, culture, texts.Verdict(decision.Decision.Verdict, culture)));
        var card = await replies.ApprovalCardAsync(turn, caller, id.Value, notice, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }
}

public sealed class ApproveAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, ApprovalBroadcast broadcast,
    IEnumerable<IPlanApprovalObserver> observers, TimeProvider time, ILogger<ApproveAction> logger)
    : DecisionAction(texts, officials, workflow, replies, broadcast, observers, time, logger)
{
    public override string Verb => V.Approve;

    protected override ApprovalVerdict Verdict => ApprovalVerdict.Approve;
}

public sealed class RejectAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, ApprovalBroadcast broadcast,
    IEnumerable<IPlanApprovalObserver> observers, TimeProvider time, ILogger<RejectAction> logger)
    : DecisionAction(texts, officials, workflow, replies, broadcast, observers, time, logger)
{
    public override string Verb => V.Reject;

    protected override ApprovalVerdict Verdict => ApprovalVerdict.Reject;
}

public sealed class RequestChangesAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, ApprovalBroadcast broadcast,
    IEnumerable<IPlanApprovalObserver> observers, TimeProvider time, ILogger<RequestChangesAction> logger)
    : DecisionAction(texts, officials, workflow, replies, broadcast, observers, time, logger)
{
    public override string Verb => V.RequestChanges;

    protected override ApprovalVerdict Verdict => ApprovalVerdict.RequestChanges;
}
