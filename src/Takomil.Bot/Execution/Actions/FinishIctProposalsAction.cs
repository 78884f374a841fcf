using System.Globalization;
using Microsoft.Extensions.Options;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Execution.Scheduling;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Execution;
using Takomil.Storage.Inspections;
using NoticeKind = Takomil.Bot.Inspections.Cards.NoticeKind;

namespace Takomil.Bot.Execution.Actions;

/// <summary>
/// The lead closes stage 4 and starts stage 5: with proposals (or items that need a system) the letter that sent
/// them to the Ministry is the evidence of <see cref="InspectionTrigger.SubmitIctProposals"/>; then
/// <see cref="InspectionTrigger.StartExecution"/>. Each stage change is its own audited commit. The executors'
/// cards with progress buttons go out from the durable scheduler, not from this request.
/// </summary>
public sealed class FinishIctProposalsAction(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, ReasonTexts reasons, ExecutionViews views, PlanDashboardCard card,
    ExecutionStore store, InspectionsUnitOfWork unitOfWork, IInspectionsDbContext db, ReminderScheduler reminders,
    IOptions<ExecutionOptions> options, TimeProvider time)
    : ExecutionActionBase(texts, officials, locator)
{
    public override string Verb => ExecutionIds.FinishIctVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(
        TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CultureInfo culture, CancellationToken cancellationToken)
    {
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.StartExecution);
        if (!access.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(access.Refusal!, culture));
        var proposals = await store.ProposalsAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (inspection.Stage == InspectionStage.PlanApprovedByCommission
            && (proposals.Count > 0 || inspection.PlanItems.Any(i => i.RequiresInformationSystem)))
        {
            var letter = action.GetString(ExecutionIds.LetterInput)?.Trim();
            if (string.IsNullOrEmpty(letter) || letter.Length > 200
                || !DateOnly.TryParseExact(action.GetString(ExecutionIds.LetterDateInput), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Say("Execution.Finish.LetterMissing", culture);
            }
            var decision = new DecisionReference(letter, date);
            var from = inspection.Stage;
            var submitted = inspection.Fire(caller.In(inspection), InspectionTrigger.SubmitIctProposals, TransitionEvidence.Of(decision), now);
            if (!submitted.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(submitted.Refusal!, culture));
            if (!await CommitAsync(caller, inspection, "inspection.submit_ict_proposals", from, new { letter, date, proposals = proposals.Count }, now, cancellationToken).ConfigureAwait(false))
            {
                return Say("Conflict.NotSaved", culture);
            }
        }
        var before = inspection.Stage;
        var started = inspection.Fire(caller.In(inspection), InspectionTrigger.StartExecution, TransitionEvidence.None, now);
        if (!started.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(started.Refusal!, culture));
        if (!await CommitAsync(caller, inspection, "inspection.start_execution", before, new { }, now, cancellationToken).ConfigureAwait(false))
        {
            return Say("Conflict.NotSaved", culture);
        }
        await reminders.SyncAsync(inspection, cancellationToken).ConfigureAwait(false);
        await reminders.RequestSweepAsync(cancellationToken).ConfigureAwait(false);
        var view = await views.DashboardAsync(inspection, caller, OfficialDirectory.LanguageOf(turn), cancellationToken).ConfigureAwait(false);
        var notice = new Notice(NoticeKind.Done, Texts.Get("Execution.Finish.Done", culture));
        return AdaptiveCardInvokeResponse.Card(card.Build(view, culture, options.Value.DashboardMaxRows, notice).ToJsonElement());
    }

    private async Task<bool> CommitAsync(Caller caller, Inspection inspection, string action, InspectionStage from, object details, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, action, $"inspection:{inspection.Id}",
                new { from = from.ToString(), to = inspection.Stage.ToString(), details }, now), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
