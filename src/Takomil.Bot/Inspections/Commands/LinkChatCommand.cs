using Microsoft.Extensions.Logging;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>link &lt;service code&gt;</c> in a group chat or channel: from now on, commands said there act on that
/// inspection. Whoever may form its working group may link a chat to it.
/// </summary>
public sealed class LinkChatCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, IChatLinks chats, InspectionsUnitOfWork unitOfWork,
    InspectionReplies replies, TimeProvider time, ILogger<LinkChatCommand> logger) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Link.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chat = ChatScope.LinkKey(turn.Activity);
        if (chat is null)
        {
            await replies.SayAsync(turn, "Chat.LinkGroupOnly", cancellationToken).ConfigureAwait(false);
            return;
        }
        var reference = arguments.Trim();
        if (reference.Length == 0)
        {
            await replies.SayAsync(turn, "Chat.LinkUsage", cancellationToken).ConfigureAwait(false);
            return;
        }
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var inspection = await locator.ByReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
        if (inspection is null)
        {
            await replies.SayAsync(turn, "Inspection.NotFound", cancellationToken, InspectionReplies.Quote(reference)).ConfigureAwait(false);
            return;
        }
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.AddMember);
        if (!access.IsSuccess)
        {
            Log.Refused(logger, "chat.link", caller.Id, access.Refusal!.ToString());
            await replies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var now = time.GetUtcNow();
        await chats.StageAsync(chat, inspection.Id, caller.Id, now, cancellationToken).ConfigureAwait(false);
        await unitOfWork.CommitAsync(AuditEvent.By(caller.Id, "chat.link", $"inspection:{inspection.Id}", new { chat }, now), cancellationToken)
            .ConfigureAwait(false);
        Log.ChatLinked(logger, chat, inspection.Id, caller.Id);
        var notice = new Notice(NoticeKind.Done, texts.Get("Chat.Linked", turn.Culture()));
        await replies.SendStatusAsync(turn, inspection, notice, cancellationToken).ConfigureAwait(false);
    }
}
