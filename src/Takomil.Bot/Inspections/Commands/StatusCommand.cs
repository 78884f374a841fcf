using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>status [service code]</c>: the status card of the named inspection, else of the one this chat is linked to,
/// else of the caller's only inspection.
/// </summary>
public sealed class StatusCommand(
    Texts texts, OfficialDirectory officials, InspectionResolver resolver, InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Status.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var inspection = await resolver.ResolveAsync(turn, caller, arguments, cancellationToken).ConfigureAwait(false);
        if (inspection is null) return;
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess)
        {
            await replies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        await replies.SendStatusAsync(turn, inspection, null, cancellationToken).ConfigureAwait(false);
    }
}
