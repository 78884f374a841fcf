using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Conversation;

public sealed class HelpCommand(Texts texts, HelpCard card) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Help.Keywords");

    public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        card.SendAsync(turn, intro: null, cancellationToken);
}
