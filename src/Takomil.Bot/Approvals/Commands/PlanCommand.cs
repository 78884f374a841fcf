using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Approvals.Commands;

/// <summary>
/// <c>plan [service code]</c>: the action plan card, from which the plan is edited, its approvers set and it is
/// submitted. In a chat linked to an inspection the code is not needed. <c>plan 2 @person</c> there names the
/// executor of item 2: a person not yet in the working group joins it as executor (so it takes the right to form
/// the group), one without the executor role gets it.
/// </summary>
public sealed class PlanCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, InspectionReplies inspectionReplies, ApprovalReplies replies,
    ApprovalWorkflow workflow, ApprovalRepository approvals, TimeProvider time) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Plan.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var (people, rest) = PeopleMentions.Split(turn.Activity, arguments ?? string.Empty);
        if (people.Count > 0)
        {
            await AssignExecutorAsync(turn, caller, people, rest, cancellationToken).ConfigureAwait(false);
            return;
        }
        var reference = rest.Trim();
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

    private async Task AssignExecutorAsync(
        TurnContext turn, Caller caller, IReadOnlyList<Protocol.Activities.ChannelAccount> people, string rest, CancellationToken cancellationToken)
    {
        var inspection = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        if (inspection is null)
        {
            await inspectionReplies.SayAsync(turn, "Chat.NotLinked", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (people.Count != 1 || !int.TryParse(rest.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var order))
        {
            await inspectionReplies.SayAsync(turn, "Plan.ExecutorUsage", cancellationToken).ConfigureAwait(false);
            return;
        }
        var now = time.GetUtcNow();
        var language = OfficialDirectory.LanguageOf(turn);
        var outcome = await workflow.ChangeAsync<string>(inspection.Id, async (current, _) =>
        {
            var actor = caller.In(current);
            var edit = AccessPolicy.Decide(actor, Permission.EditPlan);
            if (!edit.IsSuccess) return edit.Refusal!;
            var item = current.PlanItems.FirstOrDefault(i => i.Order == order);
            if (item is null) return Refusal.Of(ReasonCodes.PlanItemNotFound, ("order", order));
            var official = await officials.FindOrStageAsync(people[0], language, cancellationToken).ConfigureAwait(false);
            var member = current.FindMember(official.Id);
            var joined = member is null
                ? current.AddMember(actor, official.Id, [WorkingGroupRole.Executor], now)
                : member.Roles.Contains(WorkingGroupRole.Executor) ? Outcome.Success
                : current.ChangeRoles(actor, official.Id, [.. member.Roles, WorkingGroupRole.Executor]);
            if (!joined.IsSuccess) return joined.Refusal!;
            var put = current.PutPlanItem(actor, item with { ExecutorId = official.Id, Provenance = Provenance.FromEdit(caller.Id, now) });
            if (!put.IsSuccess) return put.Refusal!;
            approvals.StagePlanVersion(current, caller.Id, now);
            var label = current.CurrentPlan.Label;
            return Outcome.Ok(new ApprovalChange<string>(official.DisplayName, AuditEvent.By(caller.Id, "plan.item.executor", $"inspection:{current.Id}",
                new { itemId = item.Id, order, executorId = official.Id, version = label }, now)));
        }, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            await turn.SendTextAsync(replies.Describe(outcome.Refusal!, turn), cancellationToken).ConfigureAwait(false);
            return;
        }
        var notice = ApprovalReplies.Done(texts.Format("Plan.ExecutorSet", turn.Culture(), order, MarkdownText.Escape(outcome.Value!)));
        var card = await replies.PlanCardAsync(turn, inspection.Id, notice, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card!, cancellationToken).ConfigureAwait(false);
    }
}
