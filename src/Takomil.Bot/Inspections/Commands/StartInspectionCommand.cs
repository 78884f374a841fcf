using System.Globalization;
using Microsoft.Extensions.Logging;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>start &lt;order&gt; &lt;date&gt;</c> in the inspection's group chat: annex stage 2 begins with the order approving the
/// working group as evidence. The state machine decides whether it may (the lead, from "listed", with a lead,
/// member and interviewee in the group) and says why not otherwise.
/// </summary>
public sealed class StartInspectionCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, InspectionCommits commits, InspectionReplies replies,
    TimeProvider time, ILogger<StartInspectionCommand> logger) : ICommandHandler
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Start.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!ChatScope.IsGroup(turn.Activity))
        {
            await replies.SayAsync(turn, "Start.GroupOnly", cancellationToken).ConfigureAwait(false);
            return;
        }
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var inspection = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        if (inspection is null)
        {
            await replies.SayAsync(turn, "Chat.NotLinked", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!TryParseOrder(arguments, out var order))
        {
            await replies.SayAsync(turn, "Start.Usage", cancellationToken).ConfigureAwait(false);
            return;
        }
        var now = time.GetUtcNow();
        var fired = inspection.Fire(caller.In(inspection), InspectionTrigger.Start, TransitionEvidence.Of(order), now);
        if (!fired.IsSuccess)
        {
            Log.Refused(logger, "inspection.start", caller.Id, fired.Refusal!.ToString());
            await replies.RefuseAsync(turn, fired.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var audit = AuditEvent.By(caller.Id, "inspection.start", $"inspection:{inspection.Id}",
            new { order = order.Reference, date = order.Date }, now);
        if (!await commits.CommitAsync(turn, caller, inspection, audit, cancellationToken).ConfigureAwait(false)) return;
        var notice = new Notice(NoticeKind.Done, texts.Get("Start.Done", turn.Culture()));
        await replies.SendStatusAsync(turn, inspection, notice, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"14-IG 20.11.2026": the order's reference, then its date (the last word).</summary>
    internal static bool TryParseOrder(string arguments, out DecisionReference order)
    {
        order = null!;
        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2) return false;
        if (!DateOnly.TryParseExact(words[^1], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        var reference = string.Join(' ', words[..^1]);
        if (reference.Length > 200) return false;
        order = new DecisionReference(reference, date);
        return DecisionReference.IsValid(order);
    }
}
