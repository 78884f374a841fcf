using System.Globalization;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Execution.Scheduling;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using NoticeKind = Takomil.Bot.Inspections.Cards.NoticeKind;

namespace Takomil.Bot.Execution.Actions;

/// <summary>
/// An executor (or the lead) reports progress on a plan item: started, done with evidence, blocked with a reason.
/// The card sends ids and the status name; the domain decides who may (the assigned executor or the lead, in stage 5).
/// A done or dropped item's reminders are cancelled.
/// </summary>
public sealed class UpdatePlanItemAction(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, ReasonTexts reasons, InspectionsUnitOfWork unitOfWork,
    IInspectionsDbContext db, ExecutionViews views, PlanItemCard card, ReminderScheduler reminders, TimeProvider time)
    : ExecutionActionBase(texts, officials, locator)
{
    private static readonly PlanItemStatus[] Reportable = [PlanItemStatus.InProgress, PlanItemStatus.Done, PlanItemStatus.Blocked];

    public override string Verb => ExecutionIds.UpdateItemVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(
        TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CultureInfo culture, CancellationToken cancellationToken)
    {
        var statusText = action.GetString(ExecutionIds.StatusKey);
        if (!Guid.TryParse(action.GetString(ExecutionIds.ItemKey), out var itemId)
            || statusText is null || statusText.Any(char.IsDigit)
            || !Enum.TryParse<PlanItemStatus>(statusText, out var status) || !Reportable.Contains(status))
        {
            return Say("Execution.CardInvalid", culture);
        }
        var note = status switch
        {
            PlanItemStatus.Done => action.GetString(ExecutionIds.EvidenceInput),
            PlanItemStatus.Blocked => action.GetString(ExecutionIds.ReasonInput),
            _ => null,
        };
        note = note?.Trim();
        if (status != PlanItemStatus.InProgress && string.IsNullOrEmpty(note)) return Say("Execution.Input.NoteRequired", culture);
        if (note is { Length: > ExecutionIds.MaxNoteLength } || note?.Any(c => char.IsControl(c) && c != '\n') == true)
        {
            return Say("Execution.Input.NoteTooLong", culture);
        }
        var now = time.GetUtcNow();
        var outcome = inspection.UpdatePlanItem(caller.In(inspection), itemId, status, string.IsNullOrEmpty(note) ? null : note,
            Provenance.FromEdit(caller.Id, now));
        if (!outcome.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(outcome.Refusal!, culture));
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "plan.item.update", $"inspection:{inspection.Id}",
                new { itemId, status = status.ToString(), note }, now), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            db.ChangeTracker.Clear();
            return Say("Conflict.NotSaved", culture);
        }
        await reminders.SyncAsync(inspection, cancellationToken).ConfigureAwait(false);
        var item = inspection.PlanItems.Single(i => i.Id == itemId);
        var people = await views.PeopleAsync([item.ExecutorId ?? caller.Id], cancellationToken).ConfigureAwait(false);
        var name = item.ExecutorId is { } e && people.TryGetValue(e, out var executor) ? executor.DisplayName : caller.Official.DisplayName;
        var service = await views.ServiceNameAsync(inspection, OfficialDirectory.LanguageOf(turn), cancellationToken).ConfigureAwait(false);
        var notice = new Notice(NoticeKind.Done, Texts.Format("Execution.Updated", culture, Texts.Get("Execution.Status." + status, culture)));
        return AdaptiveCardInvokeResponse.Card(card.Build(inspection, service, item, name, ItemCardReason.Answer, culture, notice).ToJsonElement());
    }
}
