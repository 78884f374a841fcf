using Microsoft.Extensions.Logging;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Interviews;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews.Actions;

/// <summary>
/// A lead or member picks one of two clashing values. The card sends the conflict id and the choice only; the
/// caller's right to edit is checked again. Once every conflict of an item is decided, the interview's answers for
/// that item (less the fields kept) are applied through the domain, in one audited commit with the decision.
/// </summary>
public sealed class ResolveConflictAction(
    Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionRepository inspections, InterviewSessions sessions,
    ScriptCatalog catalog, FactSheetRepository factSheets, ProcessModelRepository models, IInspectionsDbContext db,
    InspectionsUnitOfWork unitOfWork, ConflictViews views, TimeProvider time, ILogger<ResolveConflictAction> logger) : ICardActionHandler
{
    public string Verb => ConflictCard.ResolveVerb;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var stale = AdaptiveCardInvokeResponse.Message(texts.Get("Card.Stale", culture));
        var choice = action.GetString(ConflictCard.ChoiceKey);
        if (choice is not (AnswerConflictRow.KeepExisting or AnswerConflictRow.TakeNew)
            || !Guid.TryParse(action.GetString(ConflictCard.ConflictKey), out var conflictId)) return stale;
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var conflict = await sessions.FindConflictAsync(conflictId, cancellationToken).ConfigureAwait(false);
        var inspection = conflict is null ? null : await inspections.FindAsync(conflict.InspectionId, cancellationToken).ConfigureAwait(false);
        if (caller is null || conflict is null || inspection is null) return stale;
        var actor = caller.In(inspection);
        var access = AccessPolicy.Decide(actor, conflict.Path.StartsWith("asis.", StringComparison.Ordinal) ? Permission.EditModel : Permission.EditFacts);
        if (!access.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(access.Refusal!, culture));
        if (conflict.ResolvedAt is not null) return await CardAsync(inspection.Id, culture, NoticeKind.Info, texts.Get("Conflicts.AlreadyDecided", culture), cancellationToken).ConfigureAwait(false);

        var now = time.GetUtcNow();
        conflict.ResolvedBy = caller.Id;
        conflict.ResolvedAt = now;
        conflict.Choice = choice;
        var applied = await ApplyWhenItemDecidedAsync(conflict, actor, caller.Id, now, cancellationToken).ConfigureAwait(false);
        if (!applied.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return AdaptiveCardInvokeResponse.Message(reasons.Describe(applied.Refusal!, culture));
        }
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "interview.conflict_resolve", $"inspection:{inspection.Id}",
                new { conflict = conflict.Id, session = conflict.SessionId, path = conflict.Path, choice }, now), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            db.ChangeTracker.Clear();
            return AdaptiveCardInvokeResponse.Message(texts.Get("Conflict.NotSaved", culture));
        }
        Log.ConflictResolved(logger, conflict.Id, conflict.Path, caller.Id, choice);
        var chosen = choice == AnswerConflictRow.TakeNew ? conflict.NewDisplay : conflict.ExistingDisplay;
        var notice = texts.Format("Conflicts.Decided", culture, MarkdownText.Escape(ConflictViews.FieldName(conflict.Path)), MarkdownText.Escape(Clip(chosen)));
        return await CardAsync(inspection.Id, culture, NoticeKind.Done, notice, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When this was the item's last open conflict, its answers go into the sheet or model, less the fields kept.</summary>
    private async Task<Outcome> ApplyWhenItemDecidedAsync(AnswerConflictRow conflict, Actor editor, Guid callerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var group = ConflictMerge.GroupOf(conflict.Path);
        var all = await sessions.ConflictsOfAsync(conflict.InspectionId, openOnly: false, cancellationToken).ConfigureAwait(false);
        var siblings = all.Where(c => c.SessionId == conflict.SessionId && c.Id != conflict.Id && ConflictMerge.GroupOf(c.Path) == group).ToList();
        if (siblings.Any(c => c.ResolvedAt is null)) return Outcome.Success;
        var kept = siblings.Where(c => c.Choice == AnswerConflictRow.KeepExisting).Select(c => ConflictMerge.FieldOf(c.Path))
            .Concat(conflict.Choice == AnswerConflictRow.KeepExisting ? [ConflictMerge.FieldOf(conflict.Path)] : [])
            .ToList();
        if (kept.Count == siblings.Count + 1) return Outcome.Success; // every clash kept: the stored item stands as it is
        var session = await sessions.FindAsync(conflict.SessionId, cancellationToken).ConfigureAwait(false);
        var script = catalog.Find(session?.ScriptId);
        if (session is null || script is null) return Outcome.Success;
        var values = new InterviewEngine(script, time).Values(InterviewStateJson.Read(session.StateJson));
        var groupValues = ConflictMerge.ValuesOf(values, group, kept);
        var inspection = (await inspections.FindAsync(conflict.InspectionId, cancellationToken).ConfigureAwait(false))!;
        var facts = await factSheets.FindAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        if (facts is null)
        {
            facts = new FactSheet(inspection.Id, inspection.Year);
            factSheets.Add(facts);
        }
        var asIs = await models.FindAsync(inspection.Id, ProcessModelKind.AsIs, cancellationToken).ConfigureAwait(false);
        var newModel = asIs is null;
        asIs ??= new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.AsIs);
        var provenance = Provenance.FromInterview(conflict.NewOfficialId ?? callerId, session.Id.ToString(), group, now);
        var outcome = ConflictMerge.Apply(group, groupValues, facts, asIs, editor, provenance);
        if (outcome.IsSuccess && newModel && asIs.Procedures.Count > 0) models.Add(asIs);
        return outcome;
    }

    private async Task<AdaptiveCardInvokeResponse> CardAsync(Guid inspectionId, System.Globalization.CultureInfo culture, NoticeKind kind, string notice, CancellationToken cancellationToken)
    {
        var card = await views.CardAsync(inspectionId, culture, new Notice(kind, notice), cancellationToken).ConfigureAwait(false);
        return card is null ? AdaptiveCardInvokeResponse.Message(notice) : AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
    }

    private static string Clip(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
