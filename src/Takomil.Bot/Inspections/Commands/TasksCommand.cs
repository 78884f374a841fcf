using Takomil.Bot.Cards;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections.Commands;

/// <summary><c>tasks</c>: for anyone, what they owe in each inspection by their roles there.</summary>
public sealed class TasksCommand(
    Texts texts, OfficialDirectory officials, InspectionRepository inspections, InspectionViews views, TasksCard card) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Tasks.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var mine = await inspections.ListForMemberAsync(caller.Id, cancellationToken).ConfigureAwait(false);
        var loaded = new List<InspectionView>(mine.Count);
        foreach (var inspection in mine)
        {
            loaded.Add(await views.LoadAsync(inspection, cancellationToken).ConfigureAwait(false));
        }
        var mayCreate = InspectionCreator.MayCreate(caller).IsSuccess;
        await turn.SendCardAsync(card.Build(loaded, caller.Id, mayCreate, turn.Culture(), OfficialDirectory.LanguageOf(turn)), cancellationToken)
            .ConfigureAwait(false);
    }
}
