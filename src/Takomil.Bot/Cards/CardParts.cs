using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Cards;

/// <summary>The pieces every Takomil card shares, so cards look alike.</summary>
public static class CardParts
{
    public static TextBlock Title(string trustedText) =>
        TextBlock.Markdown(trustedText) with { Size = FontSize.Large, Weight = FontWeight.Bolder, Style = TextBlockStyle.Heading };

    public static Task<string?> SendCardAsync(this TurnContext turn, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(card);
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [card.ToAttachment()];
        return turn.SendAsync(reply, cancellationToken);
    }
}
