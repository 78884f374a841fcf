using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Conversation;

/// <summary>Unknown input never meets silence: a responder takes it, or the user gets localised help.</summary>
public sealed class FallbackMessageHandler(IEnumerable<IFreeTextResponder> responders, Texts texts, HelpCard help) : IFallbackMessageHandler
{
    private const int MaxEcho = 60;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var responder in responders.OrderBy(r => r.Order))
        {
            if (await responder.TryRespondAsync(turn, cancellationToken).ConfigureAwait(false)) return;
        }
        var said = turn.CommandText;
        var intro = string.IsNullOrWhiteSpace(said)
            ? texts.Get("Fallback.Empty", turn.Culture())
            : texts.Format("Fallback.NotUnderstood", turn.Culture(), said.Length > MaxEcho ? said[..MaxEcho] + "…" : said);
        await help.SendAsync(turn, intro, cancellationToken).ConfigureAwait(false);
    }
}
