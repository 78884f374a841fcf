using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Inspections.Actions;

/// <summary>
/// The picker card's "Start inspection" button. Its data is a service id and nothing else: the service, the List
/// and the caller's rights are loaded again here, so a forged or stale id is refused, never trusted.
/// A refusal comes back as a message and leaves the card as it was, so another service can still be chosen.
/// </summary>
public sealed class CreateInspectionAction(
    Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator, InspectionCreator creator,
    InspectionReplies replies) : ICardActionHandler
{
    public string Verb => ServicePickerCard.CreateVerb;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return AdaptiveCardInvokeResponse.Message(texts.Get("Card.Stale", culture));
        var may = InspectionCreator.MayCreate(caller);
        if (!may.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(may.Refusal!, culture));
        var list = await locator.CurrentListAsync(cancellationToken).ConfigureAwait(false);
        if (list is null) return AdaptiveCardInvokeResponse.Message(texts.Get("Inspection.NoApprovedList", culture));
        if (!Guid.TryParse(action.GetString(ServicePickerCard.ServiceIdKey), out var serviceId))
        {
            return AdaptiveCardInvokeResponse.Message(texts.Get("Card.Stale", culture));
        }
        var listed = (await locator.ListedAsync(list, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Service.Id == serviceId);
        if (listed is null)
        {
            var notListed = Refusal.Of(ReasonCodes.ListServiceNotListed, ("serviceId", serviceId), ("year", list.Year));
            return AdaptiveCardInvokeResponse.Message(reasons.Describe(notListed, culture));
        }
        var result = await creator.CreateAsync(turn, caller, list, listed, cancellationToken).ConfigureAwait(false);
        if (result.Refusal is { } refusal) return AdaptiveCardInvokeResponse.Message(reasons.Describe(refusal, culture));
        if (result.Created is { } created)
        {
            var notice = new Notice(NoticeKind.Done, texts.Format(
                ChatScope.IsGroup(turn.Activity) ? "Inspection.CreatedInChat" : "Inspection.CreatedPersonal", culture, MarkdownText.Escape(listed.Service.Code)));
            return Card(await replies.StatusCardAsync(turn, created, notice, cancellationToken).ConfigureAwait(false));
        }
        var existing = result.Existing!;
        if (!AccessPolicy.Allows(caller.In(existing), Permission.ViewInspection))
        {
            return AdaptiveCardInvokeResponse.Message(texts.Get("Inspection.AlreadyExists", culture));
        }
        var info = new Notice(NoticeKind.Info, texts.Get("Inspection.AlreadyExists", culture));
        return Card(await replies.StatusCardAsync(turn, existing, info, cancellationToken).ConfigureAwait(false));
    }

    private static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
}
