using System.Globalization;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Localization;

/// <summary>Sets the turn's language: the user's own choice, else the language of the command word, else the client locale, else Uzbek (Latin).</summary>
public sealed class CultureMiddleware(IUserPreferences preferences, Texts texts) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continuation);
        var userId = turn.Activity.From?.Id;
        var chosen = userId is null ? null : await preferences.GetLanguageAsync(userId, cancellationToken).ConfigureAwait(false);
        var language = chosen ?? KeywordLanguage(turn) ?? ClientLanguage(turn) ?? BotLanguages.Default;
        turn.SetLanguage(language);
        await continuation().ConfigureAwait(false);
    }

    // Teams sends installationUpdate (with a locale) and conversationUpdate (without) together, and
    // either may arrive first: install events ignore the locale so the welcome's language is stable.
    private static string? ClientLanguage(TurnContext turn) =>
        turn.Activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
            ? null
            : BotLanguages.FromLocale(turn.Activity.Locale);

    // Someone who has not chosen a language and types "yordam" wants Uzbek, whatever the client says.
    private string? KeywordLanguage(TurnContext turn)
    {
        var text = turn.CommandText;
        if (text.Length == 0) return null;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        // English command words ("help") are used by everyone: they say nothing of the language.
        var language = texts.LanguageOfKeyword(space < 0 ? text : text[..space]);
        return language == BotLanguages.English ? null : language;
    }
}

public static class TurnLanguageExtensions
{
    private const string Key = "takomil.language";

    public static void SetLanguage(this TurnContext turn, string language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Items[Key] = language;
    }

    public static string Language(this TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Items.TryGetValue(Key, out var v) && v is string s ? s : BotLanguages.Default;
    }

    public static CultureInfo Culture(this TurnContext turn) => BotLanguages.Culture(turn.Language());
}
