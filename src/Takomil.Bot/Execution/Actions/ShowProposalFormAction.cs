using System.Globalization;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Execution.Actions;

/// <summary>Opens the stage 4 proposal form, for those who may submit proposals while stage 4 is open.</summary>
public sealed class ShowProposalFormAction(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, ReasonTexts reasons, ExecutionViews views, IctProposalFormCard form)
    : ExecutionActionBase(texts, officials, locator)
{
    public override string Verb => ExecutionIds.ProposalFormVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(
        TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CultureInfo culture, CancellationToken cancellationToken)
    {
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.SubmitIctProposals);
        if (!access.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(access.Refusal!, culture));
        if (inspection.Stage != InspectionStage.PlanApprovedByCommission) return Say("Execution.Proposal.Closed", culture);
        var service = await views.ServiceNameAsync(inspection, OfficialDirectory.LanguageOf(turn), cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(form.Build(inspection, service, culture).ToJsonElement());
    }
}
