using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Takomil.Bot.Execution.Cards;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Storage;
using Takomil.Storage;
using Takomil.Storage.Execution;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Execution;

/// <summary>
/// Writes to executors and leads in their 1:1 chats. Every notice has a stable key and is queued once: its
/// "sent" marker and its outbox row are inserted in one transaction (<see cref="ExecutionStore.TryQueueOnceAsync"/>),
/// and the outbox — drained through the rate-limited connector — delivers it. Opening a missing 1:1 chat is the
/// only call made here directly, and it goes through the same limiter.
/// </summary>
public sealed class ExecutionNotifier(
    TakomilDbContext db, ExecutionStore store, ExecutionViews views, ProactiveMessenger messenger, IConversationReferenceStore references,
    PlanItemCard cards, TimeProvider time, ILogger<ExecutionNotifier> logger)
{
    public const string AssignKind = "assign";
    public const string StartKind = "start";

    public static bool IsApproved(InspectionStage stage) =>
        stage is InspectionStage.PlanApprovedByCommission or InspectionStage.IctProposalsSubmitted or InspectionStage.Executing;

    /// <summary>
    /// Tells every executor of an approved plan their open items, one card per item: after approval (what and by
    /// when), and again when execution starts (with the buttons to report progress). Returns how many were queued.
    /// </summary>
    public async Task<int> NotifyExecutorsAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (!IsApproved(inspection.Stage)) return 0;
        var kind = inspection.Stage == InspectionStage.Executing ? StartKind : AssignKind;
        var sent = (await db.ExecutionNotices.AsNoTracking()
            .Where(n => n.InspectionId == inspection.Id && n.Kind == kind).Select(n => n.Key)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var pending = inspection.PlanItems
            .Where(i => !i.IsClosed && i.ExecutorId is not null && !sent.Contains(Key(kind, i)))
            .OrderBy(i => i.Order).ToList();
        if (pending.Count == 0) return 0;

        var via = await ViaAsync(inspection, cancellationToken).ConfigureAwait(false);
        if (via is null)
        {
            Log.NoConversation(logger, inspection.Id);
            return 0;
        }
        var people = await views.PeopleAsync(pending.Select(i => i.ExecutorId!.Value), cancellationToken).ConfigureAwait(false);
        var names = new Dictionary<UiLanguage, string>();
        var queued = 0;
        foreach (var item in pending)
        {
            if (!people.TryGetValue(item.ExecutorId!.Value, out var executor)) continue;
            var language = executor.PreferredLanguage;
            if (!names.TryGetValue(language, out var serviceName))
            {
                names[language] = serviceName = await views.ServiceNameAsync(inspection, language, cancellationToken).ConfigureAwait(false);
            }
            var card = cards.Build(inspection, serviceName, item, executor.DisplayName, ItemCardReason.Assignment, ExecutionNames.CultureOf(language));
            if (await QueueAsync(Key(kind, item), kind, inspection, item, executor, via, card, cancellationToken).ConfigureAwait(false)) queued++;
        }
        return queued;
    }

    /// <summary>
    /// Delivers one reminder (to the executor) or escalation (to the lead) once. Nothing is sent when the item was
    /// closed, removed, reassigned away from everyone, or its deadline moved (the new deadline has its own slots).
    /// </summary>
    public async Task<bool> NotifySlotAsync(Inspection inspection, ReminderSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(slot);
        var item = inspection.PlanItems.FirstOrDefault(i => i.Id == slot.ItemId);
        if (item is null || item.IsClosed || item.Deadline != slot.Deadline || item.ExecutorId is null || !IsApproved(inspection.Stage)) return false;
        var recipientId = slot.Kind == NoticeKind.Reminder
            ? item.ExecutorId.Value
            : inspection.Members.FirstOrDefault(m => m.Roles.Contains(WorkingGroupRole.Lead))?.OfficialId;
        if (recipientId is null) return false;
        var via = await ViaAsync(inspection, cancellationToken).ConfigureAwait(false);
        if (via is null)
        {
            Log.NoConversation(logger, inspection.Id);
            return false;
        }
        var people = await views.PeopleAsync([recipientId.Value, item.ExecutorId.Value], cancellationToken).ConfigureAwait(false);
        if (!people.TryGetValue(recipientId.Value, out var recipient)) return false;
        var executorName = people.TryGetValue(item.ExecutorId.Value, out var executor) ? executor.DisplayName : "—";
        var serviceName = await views.ServiceNameAsync(inspection, recipient.PreferredLanguage, cancellationToken).ConfigureAwait(false);
        var left = slot.Kind == NoticeKind.Reminder ? slot.Offset : (TimeSpan?)null;
        var reason = slot.Kind == NoticeKind.Reminder ? ItemCardReason.Reminder : ItemCardReason.Escalation;
        var card = cards.Build(inspection, serviceName, item, executorName, reason, ExecutionNames.CultureOf(recipient.PreferredLanguage), leftBeforeDue: left);
        var kind = slot.Kind == NoticeKind.Reminder ? "remind" : "escalate";
        return await QueueAsync(slot.Key, kind, inspection, item, recipient, via, card, cancellationToken).ConfigureAwait(false);
    }

    public static string Key(string kind, PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"{kind}:{item.Id:N}:{item.ExecutorId:N}";
    }

    private async Task<bool> QueueAsync(string key, string kind, Inspection inspection, PlanItem item, Official recipient,
        ConversationReference via, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ConversationReference personal;
        try
        {
            personal = await messenger.PersonalConversationAsync(recipient.TeamsUserId, via, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (!ex.IsTransient)
        {
            // Blocked the bot, left the tenant: nothing to retry; the dashboard still shows the item.
            Log.Unreachable(logger, recipient.Id, ex.StatusCode, ex.ErrorCode);
            return false;
        }
        var activity = personal.CreateMessage();
        activity.Attachments = [card.ToAttachment()];
        var now = time.GetUtcNow();
        var delivery = new OutboxItem(Guid.NewGuid(), OutboxOperation.Send, personal.Conversation!.Id!,
            JsonSerializer.Serialize(activity, ProtocolJson.Options), null, Attempts: 0, CreatedAt: now, NextAttemptAt: now);
        return await store.TryQueueOnceAsync(new OnceNotice(key, inspection.Id, item.Id, kind, recipient.TeamsUserId, delivery), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A conversation the bot shares with the working group, to open 1:1 chats from (serviceUrl, tenant, bot id):
    /// the chat linked to the inspection, else the lead's own chat with the bot.
    /// </summary>
    private async Task<ConversationReference?> ViaAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        var linked = await db.Set<ChatLinkRow>().AsNoTracking().Where(l => l.InspectionId == inspection.Id)
            .OrderByDescending(l => l.LinkedAt).Select(l => l.ConversationId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var conversationId in linked)
        {
            var reference = await references.FindByConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (reference?.ServiceUrl is not null) return reference;
        }
        var memberIds = inspection.Members.OrderByDescending(m => m.Roles.Contains(WorkingGroupRole.Lead)).Select(m => m.OfficialId).ToList();
        var people = await views.PeopleAsync(memberIds, cancellationToken).ConfigureAwait(false);
        foreach (var id in memberIds)
        {
            if (!people.TryGetValue(id, out var member)) continue;
            var reference = await references.FindPersonalByUserAsync(member.TeamsUserId, cancellationToken).ConfigureAwait(false);
            if (reference?.ServiceUrl is not null) return reference;
        }
        return null;
    }
}
