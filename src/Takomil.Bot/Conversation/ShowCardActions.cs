using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Conversation;

/// <summary>"Help" on the welcome card: the card turns into the help card in place.</summary>
public sealed class ShowHelpAction(HelpCard card) : ICardActionHandler
{
    public const string VerbName = "help.show";

    public string Verb => VerbName;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Task.FromResult(AdaptiveCardInvokeResponse.Card(card.Build(turn.Culture(), intro: null).ToJsonElement()));
    }
}

/// <summary>"Choose language": the card turns into the language card in place.</summary>
public sealed class ShowLanguageCardAction(LanguageCard card) : ICardActionHandler
{
    public const string VerbName = "language.pick";

    public string Verb => VerbName;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Card(card.Build(turn, confirmed: false).ToJsonElement()));
}
