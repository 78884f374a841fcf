using System.Globalization;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Execution.Actions;

/// <summary>What every stage 4–5 card action does first: find the caller and the inspection the card's id names.</summary>
public abstract class ExecutionActionBase(Texts texts, OfficialDirectory officials, InspectionLocator locator) : ICardActionHandler
{
    public abstract string Verb { get; }

    protected Texts Texts { get; } = texts;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var inspection = await locator.ByIdAsync(action.GetString(ExecutionIds.InspectionKey), cancellationToken).ConfigureAwait(false);
        // A forged, stale or foreign id finds nothing and says so, never more.
        if (caller is null || inspection is null) return Say("Execution.CardInvalid", culture);
        return await HandleAsync(turn, action, caller, inspection, culture, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<AdaptiveCardInvokeResponse> HandleAsync(
        TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CultureInfo culture, CancellationToken cancellationToken);

    protected AdaptiveCardInvokeResponse Say(string key, CultureInfo culture) => AdaptiveCardInvokeResponse.Message(Texts.Get(key, culture));
}
