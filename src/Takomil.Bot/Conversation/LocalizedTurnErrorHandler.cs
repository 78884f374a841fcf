using Takomil.Bot.Localization;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Conversation;

/// <summary>A failed turn tells the user, in their language, that nothing is lost.</summary>
public sealed class LocalizedTurnErrorHandler(Texts texts) : ITurnErrorHandler
{
    public Task OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendTextAsync(texts.Get("Error.Generic", turn.Culture()), cancellationToken);
    }

    public AdaptiveCardInvokeResponse ErrorResponse(TurnContext turn, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return AdaptiveCardInvokeResponse.Error(500, "InternalError", texts.Get("Error.Generic", turn.Culture()));
    }
}
