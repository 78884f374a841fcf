using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;
using Takomil.Protocol.Activities;
using BotCards = Takomil.Bot.Cards;

namespace Takomil.Bot.Approvals;

/// <summary>The cards the plan and approval handlers answer with, always built from the database for this caller.</summary>
public sealed class ApprovalReplies(
    ApprovalTexts texts, ApprovalViews views, ApprovalCard approvalCard, PlanCard planCard, ApprovalCards cards,
    IInspectionsDbContext db, InspectionRepository inspections, ApprovalRepository approvals)
{
    public static Notice Done(string trustedMarkdown) => new(NoticeKind.Done, trustedMarkdown);

    public Notice Problem(Refusal refusal, TurnContext turn) => new(NoticeKind.Problem, Describe(refusal, turn));

    public string Describe(Refusal refusal, TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return texts.Describe(refusal, turn.Culture());
    }

    /// <summary>The approval card as this caller should see it: with the buttons if they are a pending approver.</summary>
    public async Task<AdaptiveCard?> ApprovalCardAsync(TurnContext turn, Caller? caller, Guid inspectionId, Notice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var view = await LoadAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        if (view is null) return null;
        var language = OfficialDirectory.LanguageOf(turn);
        return caller is not null && view.Process.Pending.Contains(caller.Id)
            ? approvalCard.ForApprover(view, turn.Culture(), language, notice)
            : approvalCard.Status(view, turn.Culture(), language, notice);
    }

    public async Task<AdaptiveCard?> PlanCardAsync(TurnContext turn, Guid inspectionId, Notice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var view = await LoadAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        return view is null ? null : planCard.Build(view, turn.Culture(), OfficialDirectory.LanguageOf(turn), notice);
    }

    /// <summary>
    /// A refusal as a card, never a decision: the current approval (or plan) card with the reason on top, or — for ids
    /// that name nothing — a short card with the reason alone.
    /// </summary>
    public async Task<AdaptiveCardInvokeResponse> RefuseAsync(
        TurnContext turn, Caller? caller, Guid? inspectionId, Refusal refusal, bool planCardContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(refusal);
        var notice = Problem(refusal, turn);
        AdaptiveCard? built = null;
        if (inspectionId is { } id)
        {
            built = planCardContext
                ? await PlanCardAsync(turn, id, notice, cancellationToken).ConfigureAwait(false)
                : await ApprovalCardAsync(turn, caller, id, notice, cancellationToken).ConfigureAwait(false);
        }
        built ??= new AdaptiveCard
        {
            Body = [BotCards.CardParts.Title(texts.Get("Approval.Refused.Title", turn.Culture())), InspectionCardParts.NoticeBlock(notice)],
            FallbackText = texts.Get("Approval.Refused.Title", turn.Culture()),
        };
        return AdaptiveCardInvokeResponse.Card(built.ToJsonElement());
    }

    /// <summary>
    /// The card the click came from, when the bot posted it: its inspection must be the one the data names (a copied
    /// or edited card is refused).
    /// </summary>
    public async Task<Refusal?> CheckPostedCardAsync(TurnContext turn, Guid inspectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (conversation, activity) = (turn.Activity.Conversation?.Id, turn.Activity.ReplyToId);
        if (conversation is null || activity is null) return null;
        var row = await cards.FindAsync(conversation, activity, cancellationToken).ConfigureAwait(false);
        return row is not null && row.InspectionId != inspectionId ? Refusal.Of(ApprovalReasonCodes.CardMismatch) : null;
    }

    /// <summary>Whether the card the click came from was posted by the bot into this conversation for this inspection.</summary>
    public async Task<bool> IsPostedHereAsync(TurnContext turn, Guid inspectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (conversation, activity) = (turn.Activity.Conversation?.Id, turn.Activity.ReplyToId);
        if (conversation is null || activity is null) return false;
        var row = await cards.FindAsync(conversation, activity, cancellationToken).ConfigureAwait(false);
        return row?.InspectionId == inspectionId;
    }

    public async Task<ApprovalView?> LoadAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var inspection = await inspections.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        if (inspection is null) return null;
        var process = await approvals.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        return await views.LoadAsync(inspection, process, cancellationToken).ConfigureAwait(false);
    }
}
