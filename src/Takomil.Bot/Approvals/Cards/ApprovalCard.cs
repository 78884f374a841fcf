using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;
using BotCards = Takomil.Bot.Cards;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Cards;

/// <summary>
/// The approval card. One base card (the live status: stage, version hash, rule, who approved, who is pending, the
/// comments) is posted to the working group's chat and updated after each decision; its <c>refresh</c> lists the
/// pending approvers (at most 60, Teams' limit), whose clients fetch <see cref="ForApprover"/>: the same status with a
/// comment box and Approve / Request changes / Reject. The buttons carry the inspection id, stage and version hash only.
/// </summary>
public sealed class ApprovalCard(ApprovalTexts texts)
{
    private const int ShownItems = 15;
    private const int ShownPending = 25;

    public AdaptiveCard Status(ApprovalView view, CultureInfo culture, UiLanguage language, Notice? notice = null) =>
        Build(view, culture, language, notice, forApprover: false);

    public AdaptiveCard ForApprover(ApprovalView view, CultureInfo culture, UiLanguage language, Notice? notice = null) =>
        Build(view, culture, language, notice, forApprover: true);

    /// <summary>The Teams ids whose clients refresh the card automatically: pending approvers first, at most 60.</summary>
    public static IReadOnlyList<string> RefreshUsers(ApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. view.Process.Pending.Select(view.TeamsIdOf).OfType<string>().Where(id => id.Length > 0).Distinct().Take(CardRefresh.MaxAutomaticUsers)];
    }

    private AdaptiveCard Build(ApprovalView view, CultureInfo culture, UiLanguage language, Notice? notice, bool forApprover)
    {
        ArgumentNullException.ThrowIfNull(view);
        var process = view.Process;
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(BotCards.CardParts.Title(texts.Get("Approval.Title", culture)));
        body.Add(TextBlock.Plain($"{view.ServiceName.For(language)} · {view.ServiceCode}") with { IsSubtle = true, Spacing = Spacing.None });
        var facts = new List<Fact>
        {
            Fact.Markdown(texts.Get("Approval.Fact.State", culture), State(process, culture)),
            Fact.Markdown(texts.Get("Approval.Fact.Version", culture), MarkdownText.Escape(process.Submitted?.Label ?? view.Inspection.CurrentPlan.Label)),
        };
        if (process.CurrentStage is { } stage)
        {
            var decided = process.DecisionsOf(stage);
            facts.Add(Fact.Markdown(texts.Get("Approval.Fact.Rule", culture), texts.Rule(process.RuleOf(stage), culture)));
            facts.Add(Fact.Markdown(texts.Get("Approval.Fact.Progress", culture), texts.Format("Approval.Progress", culture,
                decided.Count(d => d.Verdict == ApprovalVerdict.Approve), process.ApproversOf(stage).Count)));
        }
        body.Add(new FactSet(facts));
        if (process.State == ApprovalState.InReview && view.Inspection.CurrentPlan.Hash != process.Hash)
        {
            var now = MarkdownText.Escape(view.Inspection.CurrentPlan.Label);
            body.Add(TextBlock.Markdown(texts.Format("Approval.PlanChanged", culture, now)) with { Color = TextColor.Attention, Weight = FontWeight.Bolder });
        }
        AddPlan(view, culture, body);
        AddDecisions(view, culture, body);
        AddPending(view, culture, body);
        if (forApprover && process.CurrentStage is { } open) AddDecisionInputs(view, open, culture, body);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(V.Refresh, ActionData.Of((V.InspectionIdKey, view.Inspection.Id.ToString())))
                { Title = texts.Get("Approval.Button.Refresh", culture) }],
            Refresh = process.State == ApprovalState.InReview
                ? new CardRefresh(V.Refresh, Ids(view, process.CurrentStage!.Value), RefreshUsers(view))
                : null,
            FallbackText = texts.Get("Approval.Title", culture),
        };
    }

    private static ActionData Ids(ApprovalView view, ApprovalStage stage) => ActionData.Of(
        (V.InspectionIdKey, view.Inspection.Id.ToString()), (V.StageKey, stage.ToString()), (V.HashKey, view.Process.Hash ?? string.Empty));

    private string State(ApprovalProcess process, CultureInfo culture) => process.State switch
    {
        ApprovalState.InReview => texts.Format("Approval.State.InReview", culture, texts.Stage(process.CurrentStage!.Value, culture)),
        ApprovalState.Approved => texts.Get("Approval.State.Approved", culture),
        _ when process.ReturnedRevision is not null && process.ReturnedRevision == process.PlanRevision => texts.Get("Approval.State.Returned", culture),
        _ => texts.Get("Approval.State.Drafting", culture),
    };

    private void AddPlan(ApprovalView view, CultureInfo culture, List<CardElement> body)
    {
        var items = view.Inspection.PlanItems;
        body.Add(InspectionCardParts.Section(texts.Format("Approval.Section.Plan", culture, items.Count)));
        var unknown = texts.Get("Plan.Unassigned", culture);
        foreach (var item in items.Take(ShownItems))
        {
            var deadline = item.Deadline is { } d ? InspectionCardParts.Date(d) : "—";
            var executor = item.ExecutorId is { } e ? view.NameOf(e, unknown) : unknown;
            body.Add(TextBlock.Plain($"{item.Order}. {item.Measure.Letter()}) {item.Description} — {deadline} — {executor}") with { Spacing = Spacing.None });
        }
        if (items.Count > ShownItems)
        {
            body.Add(TextBlock.Markdown(texts.Format("Approval.More", culture, items.Count - ShownItems)) with { IsSubtle = true, Spacing = Spacing.None });
        }
    }

    private void AddDecisions(ApprovalView view, CultureInfo culture, List<CardElement> body)
    {
        var unknown = texts.Get("Plan.Unassigned", culture);
        foreach (var stage in Enum.GetValues<ApprovalStage>())
        {
            var decisions = view.Process.DecisionsOf(stage);
            if (decisions.Count == 0) continue;
            body.Add(InspectionCardParts.Section(texts.Format("Approval.Section.Decisions", culture, texts.Stage(stage, culture))));
            body.Add(new FactSet([.. decisions.Select(d => Fact.Plain(view.NameOf(d.ApproverId, unknown),
                d.Comment is null ? texts.Decision(d.Verdict, culture) : $"{texts.Decision(d.Verdict, culture)}: {d.Comment}"))]));
        }
    }

    private void AddPending(ApprovalView view, CultureInfo culture, List<CardElement> body)
    {
        var pending = view.Process.Pending;
        if (pending.Count == 0) return;
        var unknown = texts.Get("Plan.Unassigned", culture);
        body.Add(InspectionCardParts.Section(texts.Format("Approval.Section.Pending", culture, pending.Count)));
        var names = string.Join(", ", pending.Select(id => view.NameOf(id, unknown)).Order(StringComparer.CurrentCulture).Take(ShownPending));
        body.Add(TextBlock.Plain(names) with { Spacing = Spacing.None });
        if (pending.Count > ShownPending)
        {
            body.Add(TextBlock.Markdown(texts.Format("Approval.More", culture, pending.Count - ShownPending)) with { IsSubtle = true, Spacing = Spacing.None });
        }
    }

    private void AddDecisionInputs(ApprovalView view, ApprovalStage stage, CultureInfo culture, List<CardElement> body)
    {
        body.Add(InspectionCardParts.Section(texts.Format("Approval.Section.YourDecision", culture, texts.Stage(stage, culture))));
        body.Add(new TextInput(V.CommentKey)
        {
            Label = texts.Get("Approval.Comment.Label", culture),
            Placeholder = texts.Get("Approval.Comment.Placeholder", culture),
            IsMultiline = true,
            MaxLength = ApprovalProcess.MaxCommentLength,
        });
        var ids = Ids(view, stage);
        body.Add(new ActionSet(
        [
            new ExecuteAction(V.Approve, ids) { Title = texts.Verdict(ApprovalVerdict.Approve, culture), Style = ActionStyle.Positive },
            new ExecuteAction(V.RequestChanges, ids) { Title = texts.Verdict(ApprovalVerdict.RequestChanges, culture) },
            new ExecuteAction(V.Reject, ids) { Title = texts.Verdict(ApprovalVerdict.Reject, culture), Style = ActionStyle.Destructive },
        ]));
    }
}
