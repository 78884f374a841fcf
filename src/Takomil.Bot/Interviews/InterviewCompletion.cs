using Microsoft.Extensions.Logging;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Interviews;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>
/// Confirm: the engine closes the interview, <see cref="ModelBinder"/> writes its values to the fact sheet and the as-is
/// model through their domain methods (as the interviewee, who must still be allowed to answer), and one
/// <see cref="InspectionsUnitOfWork"/> commit saves the model, the session and any conflicts with one audit entry.
/// The chat where the interview was asked for hears the outcome, with the conflicts to decide.
/// </summary>
public sealed class InterviewCompletion(
    Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionRepository inspections, FactSheetRepository factSheets,
    ProcessModelRepository models, IInspectionsDbContext db, InterviewSessions sessions, InspectionsUnitOfWork unitOfWork,
    ConflictViews conflicts, InterviewNotices notices, Cards.SummaryCard summaries, TimeProvider time, ILogger<InterviewCompletion> logger)
{
    public async Task<InterviewReply> ConfirmAsync(TurnContext turn, LiveInterview live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(live);
        var language = turn.Language();
        var culture = turn.Culture();
        var row = live.Row;
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var inspection = await inspections.FindAsync(row.InspectionId, cancellationToken).ConfigureAwait(false);
        if (caller is null || inspection is null || caller.Id != row.IntervieweeId) return InterviewReply.Say(texts.Get("Card.Stale", culture));
        var actor = caller.In(inspection);
        var access = AccessPolicy.Decide(actor, Permission.AnswerInterview);
        if (!access.IsSuccess && AccessPolicy.Allows(actor, Permission.EditFacts)) access = Outcome.Success;
        if (!access.IsSuccess) return InterviewReply.Say(reasons.Describe(access.Refusal!, culture));

        var step = live.Engine.Confirm(live.State, language);
        if (!step.Accepted) return InterviewReply.Show(Summary(live, language, step.Reason));

        var now = time.GetUtcNow();
        var facts = await factSheets.FindAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        if (facts is null)
        {
            facts = new FactSheet(inspection.Id, inspection.Year);
            factSheets.Add(facts);
        }
        var asIs = await models.FindAsync(inspection.Id, ProcessModelKind.AsIs, cancellationToken).ConfigureAwait(false);
        var newModel = asIs is null;
        asIs ??= new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.AsIs);
        var provenance = Provenance.FromInterview(caller.Id, row.Id.ToString(), live.Script.Id, now);
        var result = new ModelBinder().Apply(live.Engine.Values(step.State, language), facts, asIs, actor, provenance);
        if (!result.Outcome.IsSuccess)
        {
            // Nothing is written; the interviewee can change the answer the domain refused and confirm again.
            db.ChangeTracker.Clear();
            Log.BindRefused(logger, row.Id, result.Outcome.Refusal!.ToString());
            return InterviewReply.Show(Summary(live, language, reasons.Describe(result.Outcome.Refusal!, culture)));
        }
        if (newModel && asIs.Procedures.Count > 0) models.Add(asIs);
        foreach (var conflict in result.Conflicts)
        {
            sessions.Add(new AnswerConflictRow
            {
                Id = Guid.NewGuid(), InspectionId = inspection.Id, SessionId = row.Id, Path = conflict.Path,
                ExistingDisplay = conflict.ExistingDisplay, ExistingOfficialId = conflict.ExistingOfficialId,
                NewDisplay = conflict.NewDisplay, NewOfficialId = conflict.NewOfficialId, DetectedAt = now,
            });
        }
        row.StateJson = InterviewStateJson.Write(step.State);
        row.Status = InterviewSessionStatus.Confirmed;
        row.Language = language;
        row.LastActivityAt = now;
        row.CompletedAt = now;
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "interview.confirm", $"inspection:{inspection.Id}",
                new { session = row.Id, script = live.Script.Id, fingerprint = row.ScriptFingerprint, applied = result.Applied, conflicts = result.Conflicts.Count }, now),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            db.ChangeTracker.Clear();
            Log.ConfirmConflict(logger, row.Id, ex.Message);
            return InterviewReply.Say(texts.Get("Interview.ConfirmRaced", culture));
        }
        Log.Confirmed(logger, row.Id, live.Script.Id, result.Applied, result.Conflicts.Count);
        await ReportAsync(row, caller.Official.DisplayName, live.Script, result.Conflicts.Count, cancellationToken).ConfigureAwait(false);
        var thanks = texts.Format("Interview.Done", culture, Quote(live.Script.Title(language)));
        return InterviewReply.Say(result.Conflicts.Count == 0 ? thanks : thanks + " " + texts.Format("Interview.DoneWithConflicts", culture, result.Conflicts.Count));
    }

    /// <summary>Tells the chat the interview was asked from that it is finished, with the conflicts to decide.</summary>
    private async Task ReportAsync(InterviewSessionRow row, string who, InterviewScript script, int conflictCount, CancellationToken cancellationToken)
    {
        var requester = (await officials.LoadAsync([row.RequestedBy], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(row.RequestedBy);
        var language = requester is null ? BotLanguages.Default : await notices.LanguageOfAsync(requester, cancellationToken).ConfigureAwait(false);
        var culture = BotLanguages.Culture(language);
        var text = texts.Format("Interview.Finished", culture, MarkdownText.Escape(who), Quote(script.Title(language)));
        AdaptiveCard? card = null;
        if (conflictCount > 0)
        {
            text += " " + texts.Format("Interview.FinishedConflicts", culture, conflictCount);
            card = await conflicts.CardAsync(row.InspectionId, culture, null, cancellationToken).ConfigureAwait(false);
        }
        await notices.SendAsync(row.OriginConversationId, text, card, cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string text) => "“" + MarkdownText.Escape(text) + "”";

    private AdaptiveCard Summary(LiveInterview live, string language, string? notice) =>
        summaries.Build(live.Row.Id, live.Script.Title(language), live.Engine.Summary(live.State, language), reviewing: true,
            BotLanguages.Culture(language), notice);
}
