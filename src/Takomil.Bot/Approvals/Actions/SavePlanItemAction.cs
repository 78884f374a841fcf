using System.Globalization;
using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;
using F = Takomil.Bot.Approvals.Cards.PlanItemCard;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Actions;

/// <summary>
/// Saves the item form as a new plan version. The form names the version it was made from: if the plan changed
/// since, nothing is saved and the current plan is shown. An executor who is a member without the executor role gets
/// it (the plan needs named executors, p. 26) — only someone who may form the group can grant it.
/// </summary>
public sealed class SavePlanItemAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, ApprovalRepository approvals,
    IInspectionsDbContext db, TimeProvider time) : ICardActionHandler
{
    public string Verb => V.PlanItemSave;

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
        var agencyId = V.GuidOf(action, F.AgencyInput);
        if (agencyId is not null && !db.Agencies.Any(a => a.Id == agencyId))
        {
            return await replies.RefuseAsync(turn, caller, id, Refusal.Of(ReasonCodes.ValueInvalid, ("field", "agency")), true, cancellationToken).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        var outcome = await workflow.ChangeAsync<string>(id.Value, (inspection, _) =>
        {
            if (inspection.CurrentPlan.Hash != hash) return Refusal.Of(ApprovalReasonCodes.VersionOutdated, ("version", inspection.CurrentPlan.Label));
            var parsed = Parse(action, inspection, itemId.Value, agencyId, Provenance.FromEdit(caller.Id, now));
            if (!parsed.IsSuccess) return parsed.Refusal!;
            var item = parsed.Value!;
            var executorRole = GrantExecutor(caller, inspection, item.ExecutorId);
            if (!executorRole.IsSuccess) return executorRole.Refusal!;
            var put = inspection.PutPlanItem(caller.In(inspection), item);
            if (!put.IsSuccess) return put.Refusal!;
            approvals.StagePlanVersion(inspection, caller.Id, now);
            var label = inspection.CurrentPlan.Label;
            return Outcome.Ok(new ApprovalChange<string>(label, AuditEvent.By(caller.Id, "plan.item.put", $"inspection:{inspection.Id}",
                new { itemId = item.Id, order = item.Order, measure = item.Measure.Letter(), version = label }, now)));
        }, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess) return await replies.RefuseAsync(turn, caller, id, outcome.Refusal!, true, cancellationToken).ConfigureAwait(false);
        var notice = ApprovalReplies.Done(texts.Format("Plan.Saved", turn.Culture(), MarkdownText.Escape(outcome.Value!)));
        var card = await replies.PlanCardAsync(turn, id.Value, notice, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }

    private static Outcome<PlanItem> Parse(CardInvocation action, Inspection inspection, Guid itemId, Guid? agencyId, Provenance provenance)
    {
        if (!MeasureLetters.TryParse(action.GetString(F.MeasureInput), out var measure)) return Invalid("measure");
        var description = action.GetString(F.DescriptionInput)?.Trim();
        if (string.IsNullOrEmpty(description)) return Refusal.Of(ApprovalReasonCodes.PlanDescriptionRequired);
        var existing = inspection.PlanItems.FirstOrDefault(i => i.Id == itemId);
        var order = existing?.Order ?? (inspection.PlanItems.Count == 0 ? 1 : inspection.PlanItems.Max(i => i.Order) + 1);
        var orderText = action.GetString(F.OrderInput);
        if (!string.IsNullOrWhiteSpace(orderText))
        {
            if (!decimal.TryParse(orderText, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number) || number is < 1 or > 999)
            {
                return Refusal.Of(ApprovalReasonCodes.PlanOrderInvalid);
            }
            order = (int)number;
        }
        DateOnly? deadline = null;
        var deadlineText = action.GetString(F.DeadlineInput);
        if (!string.IsNullOrWhiteSpace(deadlineText))
        {
            if (!DateOnly.TryParseExact(deadlineText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return Invalid("deadline");
            deadline = date;
        }
        var dependencies = new List<Guid>();
        foreach (var part in (action.GetString(F.DependsOnInput) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Guid.TryParse(part, out var dependency)) return Invalid("dependsOn");
            dependencies.Add(dependency);
        }
        var executorId = V.GuidOf(action, F.ExecutorInput);
        if (action.GetString(F.ExecutorInput) is { Length: > 0 } && executorId is null) return Invalid("executor");
        if (executorId is { } executor && inspection.FindMember(executor) is null) return Refusal.Of(ReasonCodes.PlanItemExecutorNotMember);
        var effect = action.GetString(F.EffectInput)?.Trim();
        var needsSystem = action.GetString(F.InformationSystemInput) == "true";
        return Outcome.Ok(new PlanItem(itemId, order, measure, description, deadline, executorId, needsSystem, PlanItemStatus.Planned, null,
            provenance, agencyId, dependencies, string.IsNullOrEmpty(effect) ? null : effect, existing?.SourceKey));
    }

    private static Outcome GrantExecutor(Caller caller, Inspection inspection, Guid? executorId)
    {
        if (executorId is not { } executor) return Outcome.Success;
        var member = inspection.FindMember(executor)!;
        return member.Roles.Contains(WorkingGroupRole.Executor)
            ? Outcome.Success
            : inspection.ChangeRoles(caller.In(inspection), executor, [.. member.Roles, WorkingGroupRole.Executor]);
    }

    private static Refusal Invalid(string field) => Refusal.Of(ReasonCodes.ValueInvalid, ("field", field));
}
