using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Routing;
using Takomil.Protocol.Storage;
using Takomil.Storage;
using Takomil.Storage.Approvals;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Approvals;

/// <summary>
/// Posts approval cards and keeps every posted copy current. A request goes 1:1 to each approver of the stage (their
/// own view, with the buttons) and to each chat linked to the inspection (the shared status card, refreshed per user
/// for the pending approvers); every copy is recorded (conversation + activity id) so it can be updated by PUT.
/// </summary>
public sealed class ApprovalBroadcast(
    TakomilDbContext db, ApprovalCards cards, ApprovalCard card, ApprovalViews views, Storage.Inspections.InspectionRepository inspections,
    ApprovalRepository approvals, ProactiveMessenger messenger, IConversationReferenceStore references, IOutboundSender sender,
    IUserPreferences preferences, TimeProvider time, ILogger<ApprovalBroadcast> logger)
{
    private const int MaxUpdateRounds = 3;

    /// <summary>Sends each approver of <paramref name="stage"/> their request, 1:1, opening the chat through <paramref name="via"/>.</summary>
    public async Task<int> RequestApproversAsync(ApprovalView view, ApprovalStage stage, ConversationReference via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var posted = 0;
        foreach (var approver in view.Process.ApproversOf(stage))
        {
            if (!view.People.TryGetValue(approver, out var official) || string.IsNullOrWhiteSpace(official.TeamsUserId)) continue;
            var language = await LanguageOfAsync(official.TeamsUserId, official.PreferredLanguage, cancellationToken).ConfigureAwait(false);
            var built = card.ForApprover(view, BotLanguages.Culture(language), UiOf(language));
            try
            {
                var (conversation, id) = await messenger.SendToUserAsync(official.TeamsUserId, via, c => WithCard(c.CreateMessage(), built), cancellationToken)
                    .ConfigureAwait(false);
                if (id is not null && conversation.Conversation?.Id is { } conversationId)
                {
                    await RecordAsync(view, conversationId, id, official.TeamsUserId, language, cancellationToken).ConfigureAwait(false);
                    posted++;
                }
            }
            catch (Exception ex) when (ex is ConnectorException or InvalidOperationException)
            {
                Log.DeliveryFailed(logger, ex, view.Inspection.Id, official.TeamsUserId);
            }
        }
        Log.Posted(logger, view.Inspection.Id, stage.ToString(), posted);
        return posted;
    }

    /// <summary>Posts the shared status card into every chat linked to the inspection (as a reply where the turn is one of them).</summary>
    public async Task PostToChatsAsync(TurnContext turn, ApprovalView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(view);
        var chats = await db.Set<ChatLinkRow>().AsNoTracking().Where(c => c.InspectionId == view.Inspection.Id)
            .Select(c => c.ConversationId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var here = Inspections.ChatScope.LinkKey(turn.Activity);
        foreach (var chat in chats)
        {
            try
            {
                var language = chat == here ? turn.Language() : BotLanguages.Default;
                var built = card.Status(view, BotLanguages.Culture(language), UiOf(language));
                string? id;
                string conversationId;
                if (chat == here)
                {
                    var reply = WithCard(turn.Activity.CreateReply(), built);
                    conversationId = turn.Activity.Conversation!.Id!;
                    id = await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var reference = await references.FindByConversationAsync(chat, cancellationToken).ConfigureAwait(false);
                    if (reference is null) continue;
                    conversationId = chat;
                    id = await sender.SendAsync(WithCard(reference.CreateMessage(), built), cancellationToken).ConfigureAwait(false);
                }
                if (id is not null) await RecordAsync(view, conversationId, id, null, language, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException ex)
            {
                Log.DeliveryFailed(logger, ex, view.Inspection.Id, chat);
            }
        }
    }

    /// <summary>
    /// Replaces every posted copy (or only the shared ones) with the current state. Copies are rendered from a fresh
    /// read; when the process changed meanwhile (another instance's decision), they are rendered and sent again, so the
    /// last update always shows the last decision. <paramref name="skip"/> is the copy the invoke response replaces: a
    /// personal copy is skipped (only its owner sees it), a shared one never (the others still need the update).
    /// </summary>
    public async Task UpdateCardsAsync(Guid inspectionId, bool sharedOnly, (string Conversation, string Activity)? skip, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxUpdateRounds; round++)
        {
            db.ChangeTracker.Clear();
            var inspection = await inspections.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
            var process = await approvals.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
            if (inspection is null || process is null) return;
            var view = await views.LoadAsync(inspection, process, cancellationToken).ConfigureAwait(false);
            foreach (var row in await cards.ForInspectionAsync(inspectionId, cancellationToken).ConfigureAwait(false))
            {
                if (sharedOnly && row.UserId is not null) continue;
                if (skip is { } s && row.UserId is not null && s.Conversation == row.ConversationId && s.Activity == row.ActivityId) continue;
                await UpdateAsync(view, row, cancellationToken).ConfigureAwait(false);
            }
            var now = await db.ApprovalProcesses.AsNoTracking().Where(p => p.InspectionId == inspectionId)
                .Select(p => p.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (now == process.Version) return;
        }
    }

    private async Task UpdateAsync(ApprovalView view, ApprovalCardRow row, CancellationToken cancellationToken)
    {
        var reference = await references.FindByConversationAsync(row.ConversationId, cancellationToken).ConfigureAwait(false);
        if (reference is null) return;
        var language = row.Language ?? BotLanguages.Default;
        var culture = BotLanguages.Culture(language);
        var approverId = row.UserId is null ? null : view.People.Values.FirstOrDefault(p => p.TeamsUserId == row.UserId)?.Id;
        var built = approverId is { } id && view.Process.Pending.Contains(id)
            ? card.ForApprover(view, culture, UiOf(language))
            : card.Status(view, culture, UiOf(language));
        var update = WithCard(reference.CreateMessage(), built);
        update.Id = row.ActivityId;
        try
        {
            await sender.UpdateAsync(update, row.ActivityId, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            Log.DeliveryFailed(logger, ex, view.Inspection.Id, row.ConversationId);
        }
    }

    public async Task<string> LanguageOfAsync(string teamsUserId, UiLanguage fallback, CancellationToken cancellationToken) =>
        await preferences.GetLanguageAsync(teamsUserId, cancellationToken).ConfigureAwait(false) ?? fallback.CultureName();

    public static UiLanguage UiOf(string language) => language switch
    {
        BotLanguages.UzbekCyrillic => UiLanguage.UzCyrl,
        BotLanguages.Russian => UiLanguage.Ru,
        BotLanguages.English => UiLanguage.En,
        _ => UiLanguage.UzLatn,
    };

    private Task RecordAsync(ApprovalView view, string conversationId, string activityId, string? userId, string language, CancellationToken cancellationToken) =>
        cards.RecordAsync(new ApprovalCardRow
        {
            ConversationId = conversationId,
            ActivityId = activityId,
            InspectionId = view.Inspection.Id,
            UserId = userId,
            Language = language,
            PostedAt = Moments.Normalize(time.GetUtcNow()),
        }, cancellationToken);

    private static Activity WithCard(Activity activity, AdaptiveCard built)
    {
        activity.Attachments = [built.ToAttachment()];
        return activity;
    }
}
