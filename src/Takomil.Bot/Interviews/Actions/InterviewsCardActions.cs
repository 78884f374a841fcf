using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Interviews.Actions;

/// <summary>What the lead's interviews card buttons share: the inspection id from the data, the caller's rights reloaded.</summary>
public abstract class InterviewsCardAction(Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator) : ICardActionHandler
{
    public abstract string Verb { get; }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var culture = turn.Culture();
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        var inspection = await locator.ByIdAsync(action.GetString(InterviewsCard.InspectionKey), cancellationToken).ConfigureAwait(false);
        if (caller is null || inspection is null) return AdaptiveCardInvokeResponse.Message(texts.Get("Card.Stale", culture));
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.ViewInspection);
        if (!access.IsSuccess) return AdaptiveCardInvokeResponse.Message(reasons.Describe(access.Refusal!, culture));
        return await HandleAsync(turn, action, caller, inspection, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CancellationToken cancellationToken);

    protected static bool MayAsk(Caller caller, Inspection inspection) => AccessPolicy.Allows(caller.In(inspection), Permission.TriggerInterview);
}

/// <summary>"Refresh" on the interviews card.</summary>
public sealed class ShowInterviewsAction(Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator, InterviewsView view)
    : InterviewsCardAction(texts, reasons, officials, locator)
{
    public override string Verb => InterviewsCard.RefreshVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CancellationToken cancellationToken)
    {
        var card = await view.BuildAsync(inspection, MayAsk(caller, inspection), turn.Language(), null, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
    }
}

/// <summary>"Conflicts" on the interviews card: the conflict card of the inspection.</summary>
public sealed class ShowConflictsAction(Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator, ConflictViews conflicts)
    : InterviewsCardAction(texts, reasons, officials, locator)
{
    private readonly Texts _texts = texts;

    public override string Verb => InterviewsCard.ConflictsVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CancellationToken cancellationToken)
    {
        var card = await conflicts.CardAsync(inspection.Id, turn.Culture(), null, cancellationToken).ConfigureAwait(false);
        return card is null ? AdaptiveCardInvokeResponse.Message(_texts.Get("Card.Stale", turn.Culture())) : AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
    }
}

/// <summary>
/// "Send" on the interviews card: the person picker sends an official id and the section picker a script id; both
/// are checked again (a member of this inspection's group, a shipped script) before anything starts.
/// </summary>
public sealed class StartInterviewAction(
    Texts texts, ReasonTexts reasons, OfficialDirectory officials, InspectionLocator locator, CatalogRepository catalog, ScriptCatalog scripts,
    InterviewStarter starter, InterviewsView view)
    : InterviewsCardAction(texts, reasons, officials, locator)
{
    private readonly Texts _texts = texts;

    public override string Verb => InterviewsCard.StartVerb;

    protected override async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, Caller caller, Inspection inspection, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var script = scripts.Find(action.GetString(InterviewsCard.SectionInput));
        var person = Guid.TryParse(action.GetString(InterviewsCard.PersonInput), out var id) && inspection.FindMember(id) is not null
            ? await catalog.FindOfficialAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
        if (script is null || person is null) return AdaptiveCardInvokeResponse.Message(_texts.Get("Interviews.PickBoth", culture));
        var said = await starter.StartAsync(turn, caller, inspection, person, script, cancellationToken).ConfigureAwait(false);
        var card = await view.BuildAsync(inspection, MayAsk(caller, inspection), turn.Language(), new Notice(NoticeKind.Info, said), cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
    }
}
