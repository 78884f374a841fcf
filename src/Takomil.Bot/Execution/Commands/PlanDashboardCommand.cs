using Microsoft.Extensions.Options;
using Takomil.Bot.Cards;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Execution.Commands;

/// <summary>
/// <c>dashboard [service code]</c> (also <c>dashboard status</c>): the plan dashboard of the named inspection, else of
/// the one this chat is linked to, else of the caller's only inspection. The lead and the Ministry see it.
/// </summary>
public sealed class PlanDashboardCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, InspectionRepository inspections, InspectionReplies replies,
    ExecutionViews views, PlanDashboardCard card, IOptions<ExecutionOptions> options) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Dashboard.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(arguments);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var reference = WithoutStatusWord(arguments.Trim());
        Inspection? inspection;
        if (reference.Length > 0)
        {
            inspection = await locator.ByReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
            if (inspection is null)
            {
                await replies.SayAsync(turn, "Inspection.NotFound", cancellationToken, InspectionReplies.Quote(reference)).ConfigureAwait(false);
                return;
            }
        }
        else
        {
            inspection = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
            if (inspection is null)
            {
                var mine = await inspections.ListForMemberAsync(caller.Id, cancellationToken).ConfigureAwait(false);
                if (mine.Count != 1)
                {
                    var codes = await locator.CodesAsync(mine.Select(i => i.ServiceId), cancellationToken).ConfigureAwait(false);
                    await replies.SayAsync(turn, mine.Count == 0 ? "Inspection.NoneYet" : "Inspection.WhichOne", cancellationToken,
                        string.Join(", ", codes.Select(InspectionReplies.Quote))).ConfigureAwait(false);
                    return;
                }
                inspection = mine[0];
            }
        }
        if (!ExecutionViews.MaySeeDashboard(caller, inspection))
        {
            await replies.SayAsync(turn, "Execution.Dashboard.NotAllowed", cancellationToken).ConfigureAwait(false);
            return;
        }
        var view = await views.DashboardAsync(inspection, caller, OfficialDirectory.LanguageOf(turn), cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card.Build(view, turn.Culture(), options.Value.DashboardMaxRows), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"dashboard status" and "plan status" read naturally; the status word is not a service reference.</summary>
    private string WithoutStatusWord(string arguments)
    {
        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? arguments : arguments[..space];
        return texts.Keywords("Cmd.Status.Keywords").Contains(first, StringComparer.OrdinalIgnoreCase)
            ? (space < 0 ? string.Empty : arguments[(space + 1)..].Trim())
            : arguments;
    }
}
