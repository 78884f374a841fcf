using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Routing;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Conversation;

/// <summary><c>language [code]</c>: sets the language at once, or shows a card to choose it.</summary>
public sealed class LanguageCommand(Texts texts, IUserPreferences preferences, LanguageCard card) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Language.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrWhiteSpace(arguments))
        {
            await card.SendAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }
        var language = BotLanguages.Parse(arguments);
        if (language is null)
        {
            var choices = string.Join(", ", BotLanguages.All.Select(l => $"{l.ToLowerInvariant()} ({texts.Get("LanguageName", BotLanguages.Culture(l))})"));
            await turn.SendTextAsync(texts.Format("Language.Unknown", turn.Culture(), arguments, choices), cancellationToken).ConfigureAwait(false);
            return;
        }
        await SetAsync(turn, language, preferences, cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(texts.Get("Language.Changed", turn.Culture()), cancellationToken).ConfigureAwait(false);
    }

    internal static async Task SetAsync(TurnContext turn, string language, IUserPreferences preferences, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.Id is { } userId)
        {
            await preferences.SetLanguageAsync(userId, language, cancellationToken).ConfigureAwait(false);
        }
        turn.SetLanguage(language);
    }
}
