using System.Globalization;
using Takomil.Bot.Conversation;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Cards;

/// <summary>The list of commands, built from the registered commands themselves so it cannot go stale.</summary>
public sealed class HelpCard(Texts texts, IEnumerable<HelpEntry> entries)
{
    public AdaptiveCard Build(CultureInfo culture, string? intro)
    {
        var body = new List<CardElement>();
        if (intro is not null)
        {
            // The intro may quote what the user typed: plain, never markdown.
            body.Add(TextBlock.Plain(intro));
        }
        body.Add(CardParts.Title(texts.Get("Help.Title", culture)));
        body.Add(TextBlock.Markdown(texts.Get("Help.Intro", culture)) with { IsSubtle = true });
        body.Add(new FactSet(entries.OrderBy(e => e.Order)
            .Select(e => Fact.Markdown(texts.Get(e.UsageKey, culture), texts.Get(e.DescriptionKey, culture)))
            .ToList()));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [ExecuteAction.Create(ShowLanguageCardAction.VerbName, texts.Get("Action.ChooseLanguage", culture))],
            FallbackText = texts.Get("Help.Title", culture),
        };
    }

    public Task SendAsync(TurnContext turn, string? intro, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendCardAsync(Build(turn.Culture(), intro), cancellationToken);
    }
}
