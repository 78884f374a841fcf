using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Bot.Models.Cards;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Models.Commands;

/// <summary><c>analysis [code]</c>: the findings of p. 14 on the as-is model and the p. 6 measures to accept or reject.</summary>
public sealed class AnalysisCommand(Texts texts, InspectionTargets targets, AnalysisCards cards, InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Analysis.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var target = await targets.FindAsync(turn, arguments ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (target is null) return;
        var (workspace, card) = await cards.BuildAsync(target.Inspection, turn.Culture(), null, cancellationToken).ConfigureAwait(false);
        if (workspace.AsIs is null || workspace.AsIs.Procedures.Count == 0)
        {
            await replies.SayAsync(turn, "Model.NoAsIs", cancellationToken).ConfigureAwait(false);
            return;
        }
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Builds the analysis card of an inspection from the database (for the command and after every decision).</summary>
public sealed class AnalysisCards(ModelWorkspaces workspaces, OfficialDirectory officials, AnalysisCard card)
{
    public async Task<(ModelWorkspace Workspace, AdaptiveCard Card)> BuildAsync(
        Domain.Inspections.Inspection inspection, System.Globalization.CultureInfo culture, Notice? notice, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.LoadAsync(inspection, cancellationToken).ConfigureAwait(false);
        var people = await officials.LoadAsync(workspace.Decisions.Select(d => d.DecidedBy), cancellationToken).ConfigureAwait(false);
        var names = people.ToDictionary(p => p.Key, p => p.Value.DisplayName);
        return (workspace, card.Build(workspace, names, culture, notice));
    }
}
