using System.Globalization;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Execution;
using Takomil.Storage.Inspections;
using NoticeKind = Takomil.Bot.Inspections.Cards.NoticeKind;

namespace Takomil.Bot.Execution.Actions;

/// <summary>
/// Records a stage 4 proposal from the form. Inputs are user text: each is checked again here and by the domain; a
/// refusal comes back on the same form with the reason. Saved with an audit entry in one transaction.
/// </summary>
public sealed class SubmitProposalAction(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, ReasonTexts reasons, ExecutionViews views, IctProposalFormCard form,
    ExecutionStore store, InspectionsUnitOfWork unitOfWork, IInspectionsDbContext db, TimeProvider time)
    : ExecutionActionBase(texts, officials, locator)
{
    public override string Verb => ExecutionIds.SubmitProposalVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(
        TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CultureInfo culture, CancellationToken cancellationToken)
    {
        var related = (action.GetString(ExecutionIds.RelatedItemsInput) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty)
            .ToList();
        var cost = decimal.TryParse(action.GetString(ExecutionIds.CostInput), NumberStyles.Number, CultureInfo.InvariantCulture, out var c) ? c : (decimal?)null;
        var priorityText = action.GetString(ExecutionIds.PriorityInput);
        IctPriority? priority = priorityText is not null && !priorityText.Any(char.IsDigit) && Enum.TryParse<IctPriority>(priorityText, out var p) ? p : null;
        var now = time.GetUtcNow();
        var outcome = IctProposal.Submit(caller.In(inspection), inspection, Guid.NewGuid(),
            action.GetString(ExecutionIds.SystemNameInput), action.GetString(ExecutionIds.PurposeInput), action.GetString(ExecutionIds.AgencyInput),
            related, cost, priority, now);
        var service = await views.ServiceNameAsync(inspection, OfficialDirectory.LanguageOf(turn), cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            var problem = new Notice(NoticeKind.Problem, reasons.Describe(outcome.Refusal!, culture));
            return inspection.Stage == InspectionStage.PlanApprovedByCommission
                ? AdaptiveCardInvokeResponse.Card(form.Build(inspection, service, culture, problem).ToJsonElement())
                : AdaptiveCardInvokeResponse.Message(problem.TrustedMarkdown);
        }
        var proposal = outcome.Value!;
        store.Add(proposal);
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "ict.proposal.submit", $"inspection:{inspection.Id}",
                new { proposalId = proposal.Id, proposal.SystemName, proposal.EstimatedCost, priority = proposal.Priority.ToString(), proposal.RelatedItemIds }, now),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            db.ChangeTracker.Clear();
            return Say("Conflict.NotSaved", culture);
        }
        var done = new Notice(NoticeKind.Done, Texts.Format("Execution.Proposal.Saved", culture, MarkdownText(proposal.SystemName)));
        return AdaptiveCardInvokeResponse.Card(form.Build(inspection, service, culture, done).ToJsonElement());
    }

    private static string MarkdownText(string text) => Takomil.Protocol.Cards.MarkdownText.Escape(text);
}
