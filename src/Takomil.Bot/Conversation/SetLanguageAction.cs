using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Conversation;

/// <summary>The language card's buttons: the data names a language code, nothing else.</summary>
public sealed class SetLanguageAction(IUserPreferences preferences, LanguageCard card) : ICardActionHandler
{
    public const string VerbName = "language.set";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var language = BotLanguages.Parse(action.GetString("language"));
        if (language is null)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Unknown language.");
        }
        await LanguageCommand.SetAsync(turn, language, preferences, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.Build(turn, confirmed: true).ToJsonElement());
    }
}
