using Microsoft.Extensions.Logging;
using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;
using Takomil.Interviews;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>
/// A lead (or member) asks a working-group member to answer one section: the session is saved with an audit entry,
/// then the bot writes to the person 1:1 — who asked, why (p. 24), how long it takes — and asks the first question.
/// </summary>
public sealed class InterviewStarter(
    Texts texts, ReasonTexts reasons, CatalogRepository catalog, InterviewSessions sessions, InspectionsUnitOfWork unitOfWork,
    IInspectionsDbContext db, SystemRoleGrants grants, ProactiveMessenger messenger, InterviewNotices notices, QuestionCard questions,
    ScriptCatalog scripts, TimeProvider time, ILogger<InterviewStarter> logger)
{
    /// <returns>The line to tell the person who asked (trusted markdown).</returns>
    public async Task<string> StartAsync(TurnContext turn, Caller caller, Inspection inspection, Official interviewee, InterviewScript script,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(interviewee);
        ArgumentNullException.ThrowIfNull(script);
        var culture = turn.Culture();
        var who = MarkdownText.Escape(interviewee.DisplayName);
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.TriggerInterview);
        if (!access.IsSuccess) return reasons.Describe(access.Refusal!, culture);
        // Only the working group answers: a new person is added first (with `add`, its audit and its rules).
        if (inspection.FindMember(interviewee.Id) is null) return texts.Format("Interviews.NotMember", culture, who);
        var theirs = inspection.ActorFor(interviewee.Id, grants.Effective(interviewee));
        if (!AccessPolicy.Allows(theirs, Permission.AnswerInterview) && !AccessPolicy.Allows(theirs, Permission.EditFacts))
        {
            return texts.Format("Interviews.CannotAnswer", culture, who);
        }
        var open = await sessions.OpenForAsync(interviewee.Id, cancellationToken).ConfigureAwait(false);
        if (open is not null)
        {
            var title = scripts.Find(open.ScriptId)?.Title(turn.Language()) ?? open.ScriptId;
            return texts.Format("Interviews.AlreadyAnswering", culture, who, MarkdownText.Escape(title));
        }

        var service = await catalog.FindServiceAsync(inspection.ServiceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Inspection {inspection.Id} names a missing service.");
        var language = await notices.LanguageOfAsync(interviewee, cancellationToken).ConfigureAwait(false);
        var context = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = service.Name.For(OfficialLanguage(language)),
            ["inspection_year"] = inspection.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var engine = new InterviewEngine(script, time);
        var state = engine.Start(context.Where(c => script.ContextNames.Contains(c.Key)).ToDictionary());
        var now = time.GetUtcNow();
        var row = new InterviewSessionRow
        {
            Id = Guid.NewGuid(), InspectionId = inspection.Id, ScriptId = script.Id, ScriptFingerprint = script.Fingerprint,
            IntervieweeId = interviewee.Id, RequestedBy = caller.Id, Language = language, StateJson = InterviewStateJson.Write(state),
            Status = InterviewRunner.StatusOf(engine.Status(state)), OriginConversationId = turn.Activity.Conversation?.Id,
            StartedAt = now, LastActivityAt = now,
        };
        sessions.Add(row);
        try
        {
            await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "interview.request", $"inspection:{inspection.Id}",
                new { session = row.Id, script = script.Id, fingerprint = script.Fingerprint, interviewee = interviewee.Id }, now), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateEntityException)
        {
            db.ChangeTracker.Clear();
            return texts.Get("Conflict.NotSaved", culture);
        }
        Log.Requested(logger, row.Id, script.Id, caller.Id, interviewee.Id, inspection.Id);

        var sent = await SendFirstAsync(turn, row, interviewee, caller.Official, service.Name.For(OfficialLanguage(language)), service.Code, script, engine, state, language, cancellationToken)
            .ConfigureAwait(false);
        if (!sent)
        {
            row.Status = InterviewSessionStatus.Cancelled;
            await sessions.SaveAsync(row, cancellationToken).ConfigureAwait(false);
            return texts.Format("Interviews.Unreachable", culture, who);
        }
        var total = engine.Current(state, language)?.Total ?? 0;
        return texts.Format("Interviews.Sent", culture, who, MarkdownText.Escape(script.Title(turn.Language())), total, script.EstimatedMinutes);
    }

    private async Task<bool> SendFirstAsync(TurnContext turn, InterviewSessionRow row, Official interviewee, Official requester, string serviceName, string serviceCode,
        InterviewScript script, InterviewEngine engine, InterviewState state, string language, CancellationToken cancellationToken)
    {
        var culture = BotLanguages.Culture(language);
        var intro = texts.Format("Interview.Intro", culture, MarkdownText.Escape(requester.DisplayName), MarkdownText.Escape(script.Title(language)),
            MarkdownText.Escape(serviceName), MarkdownText.Escape(serviceCode), MarkdownText.Escape(script.Purpose(language)),
            engine.Current(state, language)?.Total ?? 0, script.EstimatedMinutes);
        var question = engine.Current(state, language);
        var via = turn.Activity.GetConversationReference();
        try
        {
            var (personal, _) = await messenger.SendToUserAsync(interviewee.TeamsUserId, via, r => r.CreateMessage(intro), cancellationToken).ConfigureAwait(false);
            if (question is not null)
            {
                var card = questions.Build(row.Id, state.Cursor, script.Title(language), question, culture);
                await messenger.SendToUserAsync(interviewee.TeamsUserId, via, r => WithCard(r, card), cancellationToken).ConfigureAwait(false);
            }
            row.PersonalConversationId = personal.Conversation?.Id;
            await sessions.SaveAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or InvalidOperationException)
        {
            Log.Unreachable(logger, row.Id, ex.Message);
            return false;
        }
    }

    private static Activity WithCard(ConversationReference reference, AdaptiveCard card)
    {
        var message = reference.CreateMessage();
        message.Attachments = [card.ToAttachment()];
        return message;
    }

    private static Domain.Common.UiLanguage OfficialLanguage(string language) => language switch
    {
        BotLanguages.UzbekCyrillic => Domain.Common.UiLanguage.UzCyrl,
        BotLanguages.Russian => Domain.Common.UiLanguage.Ru,
        BotLanguages.English => Domain.Common.UiLanguage.En,
        _ => Domain.Common.UiLanguage.UzLatn,
    };
}
