using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Execution.Cards;

/// <summary>
/// The plan dashboard for the lead and the Ministry (stage 5 monitoring, p. 25): items by status, the overdue ones
/// in red, the blocked ones with their reasons, each executor's share, and the stage 4 proposals. The lead also
/// gets the stage 4 buttons: propose a system, and close stage 4 to start execution.
/// </summary>
public sealed class PlanDashboardCard(Texts texts, ExecutionNames names, InspectionCardParts parts)
{
    public AdaptiveCard Build(PlanDashboard view, CultureInfo culture, int maxRows, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var inspection = view.Inspection;
        var progress = PlanProgress.Of(inspection.PlanItems, parts.Today);
        var body = new List<CardElement> { CardParts.Title(texts.Get("Execution.Dashboard.Title", culture)) };
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(TextBlock.Plain(view.ServiceName) with { Weight = FontWeight.Bolder });
        body.Add(TextBlock.Markdown(texts.Format("Execution.Dashboard.Stage", culture, parts.Stage(inspection.Stage, culture))) with { IsSubtle = true, Spacing = Spacing.None });

        var counts = Enum.GetValues<PlanItemStatus>()
            .Select(s => Fact.Markdown(names.Status(s, culture), progress.ByStatus[s].ToString(CultureInfo.InvariantCulture)))
            .Append(Fact.Markdown(texts.Get("Execution.Dashboard.OverdueCount", culture), progress.Overdue.Count.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        body.Add(InspectionCardParts.Section(texts.Format("Execution.Dashboard.Items", culture, progress.Total)));
        body.Add(new FactSet(counts));

        if (progress.Overdue.Count > 0)
        {
            var rows = new List<CardElement> { TextBlock.Markdown(texts.Get("Execution.Dashboard.Overdue", culture)) with { Weight = FontWeight.Bolder, Color = TextColor.Attention } };
            rows.AddRange(progress.Overdue.Take(maxRows).Select(i => ItemLine(view, i, culture, TextColor.Attention)));
            if (progress.Overdue.Count > maxRows) rows.Add(More(progress.Overdue.Count - maxRows, culture));
            body.Add(new Container(rows) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium });
        }
        if (progress.Blocked.Count > 0)
        {
            var rows = new List<CardElement> { TextBlock.Markdown(texts.Get("Execution.Dashboard.Blocked", culture)) with { Weight = FontWeight.Bolder } };
            foreach (var item in progress.Blocked.Take(maxRows))
            {
                rows.Add(ItemLine(view, item, culture, null));
                if (!string.IsNullOrWhiteSpace(item.StatusNote)) rows.Add(TextBlock.Plain(item.StatusNote) with { IsSubtle = true, Spacing = Spacing.None });
            }
            if (progress.Blocked.Count > maxRows) rows.Add(More(progress.Blocked.Count - maxRows, culture));
            body.Add(new Container(rows) { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
        }

        if (progress.Executors.Count > 0)
        {
            body.Add(InspectionCardParts.Section(texts.Get("Execution.Dashboard.ByExecutor", culture)));
            foreach (var e in progress.Executors.Take(maxRows))
            {
                var line = texts.Format("Execution.Dashboard.ExecutorLine", culture, MarkdownText.Escape(view.NameOf(e.ExecutorId)), e.Done, e.Total, e.Open);
                body.Add(TextBlock.Markdown("• " + line) with { Spacing = Spacing.None });
                if (e.Overdue > 0)
                {
                    body.Add(TextBlock.Markdown(texts.Format("Execution.Dashboard.ExecutorOverdue", culture, e.Overdue)) with { Color = TextColor.Attention, Spacing = Spacing.None });
                }
            }
            if (progress.Executors.Count > maxRows) body.Add(More(progress.Executors.Count - maxRows, culture));
        }

        if (view.Proposals.Count > 0 || inspection.Stage == InspectionStage.PlanApprovedByCommission)
        {
            body.Add(InspectionCardParts.Section(texts.Format("Execution.Dashboard.Proposals", culture, view.Proposals.Count)));
            if (view.Proposals.Count == 0) body.Add(TextBlock.Markdown(texts.Get("Execution.Dashboard.NoProposals", culture)) with { IsSubtle = true });
            foreach (var p in view.Proposals.Take(maxRows))
            {
                body.Add(TextBlock.Plain("• " + p.SystemName) with { Weight = FontWeight.Bolder, Spacing = Spacing.Small });
                body.Add(TextBlock.Plain(texts.Format("Execution.Dashboard.ProposalLine", culture, p.Agency,
                    p.EstimatedCost.ToString("N2", culture), names.Priority(p.Priority, culture), p.RelatedItemIds.Count)) with { IsSubtle = true, Spacing = Spacing.None });
            }
            if (view.Proposals.Count > maxRows) body.Add(More(view.Proposals.Count - maxRows, culture));
        }

        return new AdaptiveCard { Body = body, Actions = Actions(view, culture), FallbackText = texts.Get("Execution.Dashboard.Title", culture) };
    }

    private TextBlock ItemLine(PlanDashboard view, PlanItem item, CultureInfo culture, TextColor? color)
    {
        var deadline = item.Deadline is { } d ? parts.Deadline(d, culture) : "—";
        var text = texts.Format("Execution.Dashboard.ItemLine", culture, item.Order, MarkdownText.Escape(Short(item.Description)), deadline,
            MarkdownText.Escape(view.NameOf(item.ExecutorId)));
        return TextBlock.Markdown("• " + text) with { Color = color, Spacing = Spacing.None };
    }

    private TextBlock More(int count, CultureInfo culture) =>
        TextBlock.Markdown(texts.Format("Execution.Dashboard.More", culture, count)) with { IsSubtle = true };

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private List<CardAction> Actions(PlanDashboard view, CultureInfo culture)
    {
        var id = new Dictionary<string, string> { [ExecutionIds.InspectionKey] = view.Inspection.Id.ToString() };
        var actions = new List<CardAction> { ExecuteAction.Create(ExecutionIds.DashboardVerb, texts.Get("Execution.Action.Refresh", culture), id) };
        if (view.Inspection.Stage != InspectionStage.PlanApprovedByCommission) return actions;
        actions.Add(ExecuteAction.Create(ExecutionIds.ProposalFormVerb, texts.Get("Execution.Action.Propose", culture), id));
        if (!view.MayManage) return actions;
        actions.Add(new ShowCardAction(new AdaptiveCard
        {
            Body =
            [
                TextBlock.Markdown(texts.Get("Execution.Finish.Explain", culture)) with { Wrap = true },
                new TextInput(ExecutionIds.LetterInput) { Label = texts.Get("Execution.Finish.Letter", culture), MaxLength = 200 },
                new DateInput(ExecutionIds.LetterDateInput) { Label = texts.Get("Execution.Finish.LetterDate", culture) },
            ],
            Actions = [ExecuteAction.Create(ExecutionIds.FinishIctVerb, texts.Get("Execution.Finish.Confirm", culture), id, ActionStyle.Positive)],
        })
        { Title = texts.Get("Execution.Action.Finish", culture) });
        return actions;
    }
}
