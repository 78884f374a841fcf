using System.Globalization;
using Takomil.Bot.Conversation;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Cards;

public sealed class WelcomeCard(Texts texts)
{
    public AdaptiveCard Build(CultureInfo culture) => new()
    {
        Body =
        [
            CardParts.Title(texts.Get("Welcome.Title", culture)),
            TextBlock.Markdown(texts.Get("Welcome.Body", culture)),
            TextBlock.Markdown(texts.Get("Welcome.NextSteps", culture)) with { IsSubtle = true },
        ],
        Actions =
        [
            ExecuteAction.Create(ShowHelpAction.VerbName, texts.Get("Action.ShowHelp", culture)) with { Style = ActionStyle.Positive },
            ExecuteAction.Create(ShowLanguageCardAction.VerbName, texts.Get("Action.ChooseLanguage", culture)),
        ],
        FallbackText = texts.Get("Welcome.Title", culture),
    };

    public Task SendAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendCardAsync(Build(turn.Culture()), cancellationToken);
    }
}
