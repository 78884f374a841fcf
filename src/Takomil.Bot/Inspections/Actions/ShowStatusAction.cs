using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Inspections.Actions;

/// <summary>
/// "Refresh" on a status card and "Show status" on the picker and tasks cards: the inspection id is the only data;
/// the card is rebuilt from the database for this caller, after checking they may see it.
/// </summary>
public sealed class ShowStatusAction(
    Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator, InspectionReplies replies) : ICardActionHandler
{
    public string Verb => StatusCard.RefreshVerb;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var inspection = await locator.ByIdAsync(action.GetString(StatusCard.InspectionIdKey), cancellationToken).ConfigureAwait(false);
        if (caller is null || inspection is null) return AdaptiveCardInvokeResponse.Message(texts.Get("Card.Stale", culture));
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(access.Refusal!, culture));
        var card = await replies.StatusCardAsync(turn, inspection, null, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
    }
}
