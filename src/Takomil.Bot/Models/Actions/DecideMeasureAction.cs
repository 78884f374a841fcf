using Microsoft.Extensions.Logging;
using Takomil.Analysis.Measures;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Bot.Models.Cards;
using Takomil.Bot.Models.Commands;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Models.Actions;

/// <summary>"Accept" on a proposed measure of the analysis card.</summary>
public sealed class AcceptMeasureAction(MeasureDecider decider) : ICardActionHandler
{
    public string Verb => AnalysisCard.AcceptVerb;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken) =>
        decider.DecideAsync(turn, action, accepted: true, cancellationToken);
}

/// <summary>"Reject" on a proposed measure of the analysis card.</summary>
public sealed class RejectMeasureAction(MeasureDecider decider) : ICardActionHandler
{
    public string Verb => AnalysisCard.RejectVerb;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken) =>
        decider.DecideAsync(turn, action, accepted: false, cancellationToken);
}

/// <summary>
/// Records a working-group decision on a proposed measure and rebuilds the to-be model from every accepted one. The card
/// sends only the inspection id and the proposal id: the caller's rights come from the database, and the proposal must
/// be one a fresh analysis of the stored as-is model still makes. The decision, the to-be model and the audit entry are
/// one commit. Deciding what is already decided changes nothing (a double click).
/// </summary>
public sealed class MeasureDecider(
    Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator, ModelWorkspaces workspaces,
    MeasureDecisionRepository decisions, ProcessModelRepository models, InspectionCommits commits, AnalysisCards cards,
    ModelTexts modelTexts, TimeProvider time, ILogger<MeasureDecider> logger)
{
    public async Task<AdaptiveCardInvokeResponse> DecideAsync(TurnContext turn, CardInvocation action, bool accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var inspection = await locator.ByIdAsync(action.GetString(AnalysisCard.InspectionIdKey), cancellationToken).ConfigureAwait(false);
        if (caller is null || inspection is null) return AdaptiveCardInvokeResponse.Message(texts.Get("Card.Stale", culture));
        var actor = caller.In(inspection);
        var access = AccessPolicy.Decide(actor, Permission.EditModel);
        if (!access.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(access.Refusal!, culture));

        var workspace = await workspaces.LoadAsync(inspection, cancellationToken).ConfigureAwait(false);
        var proposalId = action.GetString(AnalysisCard.ProposalIdKey);
        var proposal = workspace.Analysis.Proposals.FirstOrDefault(p => p.Id == proposalId);
        if (proposal is null || workspace.AsIs is null)
        {
            Log.MeasureUnknown(logger, inspection.Id, caller.Id);
            return AdaptiveCardInvokeResponse.Message(texts.Get("Analysis.NotProposed", culture));
        }
        var letter = ModelTexts.Letter(proposal.Measure);
        var existing = workspace.DecisionOf(proposal.Id);
        if (existing is not null && existing.Accepted == accepted)
        {
            var same = new Notice(NoticeKind.Info, texts.Format("Analysis.AlreadyDecided", culture, letter));
            return Card((await cards.BuildAsync(inspection, culture, same, cancellationToken).ConfigureAwait(false)).Card);
        }

        var now = time.GetUtcNow();
        var decision = await decisions.FindAsync(inspection.Id, proposal.Id, cancellationToken).ConfigureAwait(false);
        if (decision is null)
        {
            decision = new MeasureDecisionRow { InspectionId = inspection.Id, ProposalId = proposal.Id, Measure = proposal.Measure.ToString() };
            decisions.Add(decision);
        }
        decision.Accepted = accepted;
        decision.DecidedBy = caller.Id;
        decision.DecidedAt = Moments.Normalize(now);
        decision.Measure = proposal.Measure.ToString();

        var updated = workspace with { Decisions = [.. workspace.Decisions.Where(d => d.ProposalId != proposal.Id), decision] };
        var built = ToBeBuilder.Apply(workspace.AsIs.Procedures, updated.Accepted, workspaces.Options);
        if (!built.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(built.Refusal!, culture));
        var toBe = built.Value!;
        var written = WriteToBe(workspace.ToBe, actor, toBe.Procedures, Provenance.FromEdit(caller.Id, now));
        if (!written.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(written.Refusal!, culture));

        var planned = KeepPlanInStep(inspection, actor, proposal, workspace, accepted, Provenance.FromEdit(caller.Id, now), culture);

        var outcome = toBe.Outcomes.FirstOrDefault(o => o.ProposalId == proposal.Id);
        var audit = AuditEvent.By(caller.Id, accepted ? "measure.accept" : "measure.reject", $"inspection:{inspection.Id}",
            new { proposalId = proposal.Id, measure = proposal.Measure.ToString(), effect = outcome?.Effect.ToString(), toBeProcedures = toBe.Procedures.Count, planItems = planned }, now);
        if (!await commits.CommitAsync(turn, caller, inspection, audit, cancellationToken).ConfigureAwait(false))
        {
            return AdaptiveCardInvokeResponse.Message(texts.Get("Conflict.NotSaved", culture));
        }
        Log.MeasureDecided(logger, inspection.Id, proposal.Id, accepted, caller.Id);

        var noticeText = texts.Format(accepted ? "Analysis.DecidedAccept" : "Analysis.DecidedReject", culture, letter, toBe.Procedures.Count);
        if (outcome is { Effect: ProposalEffect.Reverted }) noticeText += " " + texts.Get("Analysis.Reverted", culture);
        var notice = new Notice(outcome is { Effect: ProposalEffect.Reverted } ? NoticeKind.Problem : NoticeKind.Done, noticeText);
        return Card((await cards.BuildAsync(inspection, culture, notice, cancellationToken).ConfigureAwait(false)).Card);
    }

    /// <summary>
    /// The draft action plan follows the decisions while it may still be edited (p. 26): an accepted measure becomes a plan
    /// item (keyed by the proposal, so a second acceptance adds nothing), a rejected one takes its untouched item away.
    /// Only a person who may edit the plan changes it; deadlines and executors are the lead's to add on the plan card.
    /// </summary>
    /// <returns>The plan items changed.</returns>
    private int KeepPlanInStep(
        Domain.Inspections.Inspection inspection, Actor actor, MeasureProposal proposal, ModelWorkspace workspace, bool accepted,
        Provenance change, System.Globalization.CultureInfo culture)
    {
        if (!AccessPolicy.Decide(actor, Permission.EditPlan).IsSuccess) return 0;
        if (accepted)
        {
            // Plan items are data shown by cards that escape on their own: the words go in unescaped.
            var plain = modelTexts.Plain();
            var steps = plain.Steps(workspace.AsIs?.Procedures ?? []);
            var description = string.Join("; ", proposal.Transformations.Select(t => plain.Change(t, steps, culture)));
            if (string.IsNullOrWhiteSpace(description)) description = modelTexts.MeasureTitle(proposal.Measure, culture);
            var added = inspection.AddPlanItemsFromMeasures(actor, [new Domain.Inspections.AcceptedMeasure(proposal.Id, proposal.Measure, description)], change);
            return added.IsSuccess ? added.Value!.Count : 0;
        }
        var item = inspection.PlanItems.FirstOrDefault(i => i.SourceKey == proposal.Id && i.Deadline is null && i.ExecutorId is null);
        return item is not null && inspection.RemovePlanItem(actor, item.Id).IsSuccess ? 1 : 0;
    }

    /// <summary>Creates the to-be model on the first decision, else brings the stored one in line (unchanged steps untouched).</summary>
    private Outcome WriteToBe(ProcessModel? stored, Actor actor, IReadOnlyList<Procedure> procedures, Provenance change)
    {
        if (stored is not null) return ToBeModelWriter.Sync(stored, actor, procedures, change);
        var created = ToBeModelWriter.Create(Guid.NewGuid(), actor, procedures);
        if (!created.IsSuccess) return Outcome.Refused(created.Refusal!);
        models.Add(created.Value!);
        return Outcome.Success;
    }

    private static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
}
