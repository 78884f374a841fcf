namespace Takomil.Bot.Conversation;

/// <summary>
/// Something that may take a free-text message no command matched (the interview engine takes
/// the next answer). The first that accepts wins; if none does, the user gets help.
/// </summary>
public interface IFreeTextResponder
{
    int Order { get; }

    Task<bool> TryRespondAsync(Takomil.Protocol.Routing.TurnContext turn, CancellationToken cancellationToken);
}
