using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using S = Takomil.Bot.Approvals.Cards.ApprovalSettingsCard;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Actions;

/// <summary>Opens the approvers-and-rules form (the lead only).</summary>
public sealed class ShowApprovalSettingsAction(OfficialDirectory officials, ApprovalReplies replies, ApprovalSettingsCard form) : ICardActionHandler
{
    public string Verb => V.Settings;

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
        if (view.Inspection.FindMember(caller.Id)?.Roles.Contains(WorkingGroupRole.Lead) != true)
        {
            return await replies.RefuseAsync(turn, caller, id, Refusal.Of(ApprovalReasonCodes.LeadOnly), true, cancellationToken).ConfigureAwait(false);
        }
        return AdaptiveCardInvokeResponse.Card(form.Build(view, turn.Culture()).ToJsonElement());
    }
}

/// <summary>
/// Saves both stages' approvers and rules. A chosen member without the stage's role (approver, Commission member)
/// gets it, so the state machine will accept their decision.
/// </summary>
public sealed class SaveApprovalSettingsAction(
    ApprovalTexts texts, OfficialDirectory officials, ApprovalWorkflow workflow, ApprovalReplies replies, TimeProvider time) : ICardActionHandler
{
    public string Verb => V.SettingsSave;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var id = V.InspectionId(action);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (id is null || caller is null)
        {
            return await replies.RefuseAsync(turn, caller, null, Refusal.Of(ApprovalReasonCodes.UnknownCard), true, cancellationToken).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        var outcome = await workflow.ChangeAsync<bool>(id.Value, (inspection, process) =>
        {
            var changed = new List<object>();
            foreach (var stage in Enum.GetValues<ApprovalStage>())
            {
                if (!Enum.TryParse<ApprovalRule>(action.GetString(S.RuleInput(stage)), out var rule) || !Enum.IsDefined(rule))
                {
                    return Refusal.Of(ReasonCodes.ValueInvalid, ("field", "rule"));
                }
                var approvers = new List<Guid>();
                foreach (var part in (action.GetString(S.ApproversInput(stage)) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!Guid.TryParse(part, out var approver) || inspection.FindMember(approver) is null) return Refusal.Of(ReasonCodes.WorkingGroupNotMember, ("officialId", part));
                    approvers.Add(approver);
                }
                var granted = GrantRole(caller, inspection, approvers, ApprovalProcess.RoleFor(stage));
                if (!granted.IsSuccess) return granted.Refusal!;
                var configured = process.Configure(caller.In(inspection), inspection, stage, rule, approvers);
                if (!configured.IsSuccess) return configured.Refusal!;
                changed.Add(new { stage = stage.ToString(), rule = rule.ToString(), approvers });
            }
            return Outcome.Ok(new ApprovalChange<bool>(true, AuditEvent.By(caller.Id, "approval.configure", $"inspection:{inspection.Id}", changed, now)));
        }, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess) return await replies.RefuseAsync(turn, caller, id, outcome.Refusal!, true, cancellationToken).ConfigureAwait(false);
        var notice = ApprovalReplies.Done(texts.Get("Approval.Settings.Saved", turn.Culture()));
        var card = await replies.PlanCardAsync(turn, id.Value, notice, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card!.ToJsonElement());
    }

    private static Outcome GrantRole(Caller caller, Inspection inspection, IEnumerable<Guid> people, WorkingGroupRole role)
    {
        foreach (var person in people)
        {
            var member = inspection.FindMember(person)!;
            if (member.Roles.Contains(role)) continue;
            var changed = inspection.ChangeRoles(caller.In(inspection), person, [.. member.Roles, role]);
            if (!changed.IsSuccess) return changed;
        }
        return Outcome.Success;
    }
}
