using System.Globalization;
using Takomil.Bot.Conversation;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Cards;

/// <summary>Four buttons, each naming its language in that language; the data is the language code only.</summary>
public sealed class LanguageCard(Texts texts)
{
    public AdaptiveCard Build(string language, bool confirmed)
    {
        var culture = BotLanguages.Culture(language);
        var body = new List<CardElement>
        {
            CardParts.Title(texts.Get("Language.Card.Title", culture)),
            TextBlock.Markdown(texts.Format("Language.Card.Current", culture, texts.Get("LanguageName", culture))) with { IsSubtle = true },
        };
        if (confirmed)
        {
            body.Add(TextBlock.Markdown("✓ " + texts.Get("Language.Changed", culture)) with { Color = TextColor.Good, Weight = FontWeight.Bolder });
        }
        return new AdaptiveCard
        {
            Body = body,
            Actions = BotLanguages.All.Select(l => (CardAction)(ExecuteAction.Create(
                    SetLanguageAction.VerbName,
                    texts.Get("LanguageName", BotLanguages.Culture(l)),
                    new Dictionary<string, string> { ["language"] = l }) with
                { Style = l == language ? ActionStyle.Positive : null }))
                .ToList(),
            FallbackText = texts.Get("Language.Card.Title", culture),
        };
    }

    public AdaptiveCard Build(TurnContext turn, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Build(turn.Language(), confirmed);
    }

    public Task SendAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.SendCardAsync(Build(turn, confirmed: false), cancellationToken);
}
