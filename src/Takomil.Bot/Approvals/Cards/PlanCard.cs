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
/// The action plan (p. 26) for the people who draft it: version and hash, where its approval stands, each item with
/// its measure, text, deadline, agency, executor, dependencies and effect, with Edit / Remove; then Add item,
/// Approvers and Submit for approval. Texts from outside are shown plain.
/// </summary>
public sealed class PlanCard(ApprovalTexts texts)
{
    public AdaptiveCard Build(ApprovalView view, CultureInfo culture, UiLanguage language, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var inspection = view.Inspection;
        var plan = inspection.CurrentPlan;
        var id = inspection.Id.ToString();
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(BotCards.CardParts.Title(texts.Get("Plan.Title", culture)));
        body.Add(TextBlock.Plain($"{view.ServiceName.For(language)} · {view.ServiceCode}") with { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new FactSet(
        [
            Fact.Markdown(texts.Get("Approval.Fact.Version", culture), MarkdownText.Escape(plan.Label)),
            Fact.Markdown(texts.Get("Plan.Fact.Stage", culture), texts.InspectionStage(inspection.Stage, culture)),
            Fact.Markdown(texts.Get("Approval.Fact.State", culture), ApprovalState(view, culture)),
        ]));
        if (inspection.PlanItems.Count == 0) body.Add(TextBlock.Markdown(texts.Get("Plan.Empty", culture)) with { IsSubtle = true });
        var orders = inspection.PlanItems.ToDictionary(i => i.Id, i => i.Order);
        foreach (var item in inspection.PlanItems) body.Add(Item(view, item, orders, plan, culture, language));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(V.PlanItemEdit, ActionData.Of((V.InspectionIdKey, id))) { Title = texts.Get("Plan.Button.Add", culture) },
                new ExecuteAction(V.Settings, ActionData.Of((V.InspectionIdKey, id))) { Title = texts.Get("Plan.Button.Approvers", culture) },
                new ExecuteAction(V.Submit, ActionData.Of((V.InspectionIdKey, id), (V.HashKey, plan.Hash)))
                    { Title = texts.Get("Plan.Button.Submit", culture), Style = ActionStyle.Positive },
                new ExecuteAction(V.PlanShow, ActionData.Of((V.InspectionIdKey, id))) { Title = texts.Get("Approval.Button.Refresh", culture) },
            ],
            FallbackText = texts.Get("Plan.Title", culture),
        };
    }

    private string ApprovalState(ApprovalView view, CultureInfo culture)
    {
        var process = view.Process;
        return process.State switch
        {
            Domain.Approvals.ApprovalState.InReview => texts.Format("Approval.State.InReview", culture, texts.Stage(process.CurrentStage!.Value, culture)),
            Domain.Approvals.ApprovalState.Approved => texts.Get("Approval.State.Approved", culture),
            _ when process.ReturnedRevision is not null => texts.Format("Plan.State.Returned", culture, MarkdownText.Escape(process.Submitted?.Label ?? string.Empty)),
            _ => texts.Get("Approval.State.Drafting", culture),
        };
    }

    private Container Item(ApprovalView view, PlanItem item, Dictionary<Guid, int> orders, PlanVersion plan, CultureInfo culture, UiLanguage language)
    {
        var unknown = texts.Get("Plan.Unassigned", culture);
        var facts = new List<Fact>
        {
            Fact.WithPlainValue(texts.Get("Plan.Field.Deadline", culture), item.Deadline is { } d ? InspectionCardParts.Date(d) : unknown),
            Fact.WithPlainValue(texts.Get("Plan.Field.Agency", culture), view.AgencyOf(item.ResponsibleAgencyId)?.Name.For(language) ?? unknown),
            Fact.WithPlainValue(texts.Get("Plan.Field.Executor", culture), item.ExecutorId is { } e ? view.NameOf(e, unknown) : unknown),
        };
        if (item.Dependencies.Count > 0)
        {
            var after = string.Join(", ", item.Dependencies.Select(d => orders.TryGetValue(d, out var o) ? o.ToString(CultureInfo.InvariantCulture) : "?"));
            facts.Add(Fact.WithPlainValue(texts.Get("Plan.Field.DependsOn", culture), after));
        }
        if (!string.IsNullOrWhiteSpace(item.ExpectedEffect)) facts.Add(Fact.WithPlainValue(texts.Get("Plan.Field.Effect", culture), item.ExpectedEffect));
        if (item.RequiresInformationSystem) facts.Add(Fact.Markdown(texts.Get("Plan.Field.InformationSystem", culture), texts.Get("Plan.Yes", culture)));
        var ids = ActionData.Of((V.InspectionIdKey, view.Inspection.Id.ToString()), (V.ItemIdKey, item.Id.ToString()), (V.HashKey, plan.Hash));
        return new Container(
        [
            TextBlock.Markdown($"**{item.Order.ToString(CultureInfo.InvariantCulture)}.** {texts.Measure(item.Measure, culture)}") with { Weight = FontWeight.Bolder },
            TextBlock.Plain(item.Description) with { Spacing = Spacing.None },
            new FactSet(facts),
            new ActionSet(
            [
                new ExecuteAction(V.PlanItemEdit, ids) { Title = texts.Get("Plan.Button.Edit", culture) },
                new ExecuteAction(V.PlanItemRemove, ids) { Title = texts.Get("Plan.Button.Remove", culture), Style = ActionStyle.Destructive },
            ]),
        ]) { Separator = true, Spacing = Spacing.Medium };
    }
}
