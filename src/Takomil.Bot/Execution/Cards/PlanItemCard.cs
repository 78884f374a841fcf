using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Execution.Cards;

/// <summary>Why a plan item card is sent: the assignment after approval, a reminder, an escalation, or an answer.</summary>
public enum ItemCardReason
{
    Assignment,
    Reminder,
    Escalation,
    Answer,
}

/// <summary>
/// One plan item (p. 26) as its executor sees it: what, by when, its status, and — while the plan is being carried
/// out — buttons to report progress: started, done with evidence, blocked with a reason. Data holds ids only.
/// </summary>
public sealed class PlanItemCard(Texts texts, ExecutionNames names, InspectionCardParts parts)
{
    public AdaptiveCard Build(Inspection inspection, string serviceName, PlanItem item, string executorName,
        ItemCardReason reason, CultureInfo culture, Notice? notice = null, TimeSpan? leftBeforeDue = null)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(item);
        var body = new List<CardElement> { CardParts.Title(texts.Get(TitleKey(reason), culture)) };
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(TextBlock.Plain(serviceName) with { Weight = FontWeight.Bolder });
        body.Add(TextBlock.Markdown(Intro(reason, culture, leftBeforeDue)) with { Wrap = true });
        var overdue = PlanProgress.IsOverdue(item, parts.Today);
        body.Add(new FactSet(
        [
            Fact.Markdown(texts.Get("Execution.Item.Number", culture), item.Order.ToString(CultureInfo.InvariantCulture)),
            Fact.WithPlainValue(texts.Get("Execution.Item.Measure", culture), item.Description),
            Fact.Markdown(texts.Get("Execution.Item.Deadline", culture), item.Deadline is { } d ? parts.Deadline(d, culture) : "—"),
            Fact.WithPlainValue(texts.Get("Execution.Item.Executor", culture), executorName),
            Fact.Markdown(texts.Get("Execution.Item.Status", culture), names.Status(item.Status, culture)),
        ]));
        if (overdue)
        {
            body.Add(TextBlock.Markdown(texts.Get("Execution.Item.OverdueWarning", culture)) with { Color = TextColor.Attention, Weight = FontWeight.Bolder });
        }
        if (!string.IsNullOrWhiteSpace(item.StatusNote))
        {
            body.Add(TextBlock.Markdown(texts.Get("Execution.Item.Note", culture)) with { IsSubtle = true, Spacing = Spacing.Small });
            body.Add(TextBlock.Plain(item.StatusNote) with { Spacing = Spacing.None });
        }
        return new AdaptiveCard { Body = body, Actions = Actions(inspection, item, culture), FallbackText = texts.Get(TitleKey(reason), culture) };
    }

    private string Intro(ItemCardReason reason, CultureInfo culture, TimeSpan? left) => reason switch
    {
        ItemCardReason.Reminder when left is { } l => texts.Format("Execution.Reminder.Intro", culture, Math.Max(1, (int)Math.Round(l.TotalDays))),
        ItemCardReason.Escalation => texts.Get("Execution.Escalation.Intro", culture),
        ItemCardReason.Answer => texts.Get("Execution.Answer.Intro", culture),
        _ => texts.Get("Execution.Assignment.Intro", culture),
    };

    private static string TitleKey(ItemCardReason reason) => reason switch
    {
        ItemCardReason.Reminder => "Execution.Reminder.Title",
        ItemCardReason.Escalation => "Execution.Escalation.Title",
        _ => "Execution.Assignment.Title",
    };

    private List<CardAction>? Actions(Inspection inspection, PlanItem item, CultureInfo culture)
    {
        var actions = new List<CardAction>();
        if (inspection.Stage == InspectionStage.Executing && !item.IsClosed)
        {
            if (item.Status != PlanItemStatus.InProgress)
            {
                actions.Add(ExecuteAction.Create(ExecutionIds.UpdateItemVerb, texts.Get("Execution.Action.Started", culture),
                    Ids(inspection, item, PlanItemStatus.InProgress)));
            }
            actions.Add(NoteCard(inspection, item, PlanItemStatus.Done, "Execution.Action.Done", "Execution.Input.Evidence", culture));
            actions.Add(NoteCard(inspection, item, PlanItemStatus.Blocked, "Execution.Action.Blocked", "Execution.Input.Reason", culture));
        }
        if (inspection.Stage == InspectionStage.PlanApprovedByCommission && item.RequiresInformationSystem)
        {
            actions.Add(ExecuteAction.Create(ExecutionIds.ProposalFormVerb, texts.Get("Execution.Action.Propose", culture),
                new Dictionary<string, string> { [ExecutionIds.InspectionKey] = inspection.Id.ToString() }));
        }
        return actions.Count == 0 ? null : actions;
    }

    private ShowCardAction NoteCard(Inspection inspection, PlanItem item, PlanItemStatus status, string titleKey, string labelKey, CultureInfo culture) =>
        new(new AdaptiveCard
        {
            Body =
            [
                new TextInput(status == PlanItemStatus.Done ? ExecutionIds.EvidenceInput : ExecutionIds.ReasonInput)
                {
                    Label = texts.Get(labelKey, culture),
                    IsRequired = true,
                    IsMultiline = true,
                    MaxLength = ExecutionIds.MaxNoteLength,
                    ErrorMessage = texts.Get("Execution.Input.NoteRequired", culture),
                },
            ],
            Actions = [ExecuteAction.Create(ExecutionIds.UpdateItemVerb, texts.Get("Execution.Action.Save", culture), Ids(inspection, item, status), ActionStyle.Positive)],
        })
        { Title = texts.Get(titleKey, culture) };

    private static Dictionary<string, string> Ids(Inspection inspection, PlanItem item, PlanItemStatus status) => new()
    {
        [ExecutionIds.InspectionKey] = inspection.Id.ToString(),
        [ExecutionIds.ItemKey] = item.Id.ToString(),
        [ExecutionIds.StatusKey] = status.ToString(),
    };
}
