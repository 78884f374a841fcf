using Takomil.Bot.Localization;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Protocol.Storage;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Interviews;

/// <summary>
/// Messages into a conversation the bot met earlier (the working group's chat where an interview was asked for, an
/// interviewee's 1:1): the stored reference gives the serviceUrl and accounts, never anything from card data.
/// </summary>
public sealed class InterviewNotices(IConversationReferenceStore references, IOutboundSender sender, IUserPreferences preferences)
{
    /// <returns>False when the bot has no reference for the conversation (nothing was sent).</returns>
    public async Task<bool> SendAsync(string? conversationId, string? text, AdaptiveCard? card, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId)) return false;
        var reference = await references.FindByConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (reference is null) return false;
        if (text is not null) await sender.SendAsync(reference.CreateMessage(text), cancellationToken).ConfigureAwait(false);
        if (card is not null)
        {
            var message = reference.CreateMessage();
            message.Attachments = [card.ToAttachment()];
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>The language a person reads: their saved choice, else the one on their official record.</summary>
    public async Task<string> LanguageOfAsync(Official official, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        return await preferences.GetLanguageAsync(official.TeamsUserId, cancellationToken).ConfigureAwait(false) ?? Code(official.PreferredLanguage);
    }

    public static string Code(UiLanguage language) => language switch
    {
        UiLanguage.UzCyrl => BotLanguages.UzbekCyrillic,
        UiLanguage.Ru => BotLanguages.Russian,
        UiLanguage.En => BotLanguages.English,
        _ => BotLanguages.UzbekLatin,
    };
}
