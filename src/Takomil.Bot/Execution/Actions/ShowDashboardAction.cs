using System.Globalization;
using Microsoft.Extensions.Options;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Execution.Actions;

/// <summary>"Refresh" on the dashboard: rebuilt from the database for this caller, if they may see it.</summary>
public sealed class ShowDashboardAction(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, ExecutionViews views, PlanDashboardCard card, IOptions<ExecutionOptions> options)
    : ExecutionActionBase(texts, officials, locator)
{
    public override string Verb => ExecutionIds.DashboardVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(
        TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!ExecutionViews.MaySeeDashboard(caller, inspection)) return Say("Execution.Dashboard.NotAllowed", culture);
        var view = await views.DashboardAsync(inspection, caller, OfficialDirectory.LanguageOf(turn), cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.Build(view, culture, options.Value.DashboardMaxRows).ToJsonElement());
    }
}
