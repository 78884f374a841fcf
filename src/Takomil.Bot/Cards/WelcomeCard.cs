using System.Globalization;
using Takomil.Bot.Conversation;
using Takomil.Bot.Localization;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Cards;

public sealed class WelcomeCard(Texts texts)
{
    /// <param name="inGroup">In group chats and channels the bot hears only messages that @mention it: the hint says so.</param>
    public AdaptiveCard Build(CultureInfo culture, bool inGroup = false) => new()
    {
        Body =
        [
            CardParts.Title(texts.Get("Welcome.Title", culture)),
            TextBlock.Markdown(texts.Get("Welcome.Body", culture)),
            TextBlock.Markdown(texts.Get(inGroup ? "Welcome.NextSteps.Group" : "Welcome.NextSteps", culture)) with { IsSubtle = true },
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
        var inGroup = turn.Activity.Conversation?.ConversationType is { } type && type != ConversationTypes.Personal;
        return turn.SendCardAsync(Build(turn.Culture(), inGroup), cancellationToken);
    }
}
