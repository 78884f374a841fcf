using Takomil.Bot.Cards;
using Takomil.Bot.Files;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Bot.Models.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Models.Commands;

/// <summary><c>compare [code]</c>: every burden figure as-is against to-be, with the change, and the bar chart.</summary>
public sealed class CompareCommand(
    Texts texts, InspectionTargets targets, ModelWorkspaces workspaces, ComparisonChart chart, DiagramFiles diagrams,
    FileLinks links, ComparisonCard card, InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Compare.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var target = await targets.FindAsync(turn, arguments ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (target is null) return;
        var culture = turn.Culture();
        var workspace = await workspaces.LoadAsync(target.Inspection, cancellationToken).ConfigureAwait(false);
        var comparison = workspaces.CompareOf(workspace);
        if (comparison is null)
        {
            await replies.SayAsync(turn, "Model.NoAsIs", cancellationToken).ConfigureAwait(false);
            return;
        }
        var png = chart.Png(comparison, culture, diagrams.Image);
        var url = await links.PublishAsync($"{workspace.Service.Code}-comparison.png", "image/png", png, workspace.Inspection.Id, cancellationToken).ConfigureAwait(false);
        var name = workspace.Service.Name.For(Languages.Of(culture));
        await turn.SendCardAsync(card.Build(workspace.Service.Code, name, comparison, workspace.Accepted.Count > 0, url, culture), cancellationToken).ConfigureAwait(false);
    }
}
