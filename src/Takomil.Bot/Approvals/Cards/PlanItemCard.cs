using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;
using BotCards = Takomil.Bot.Cards;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Cards;

/// <summary>
/// Adding or editing one plan item: measure a–i, what is to be done, order and the items it waits for, deadline,
/// responsible agency, executor (a working-group member), expected effect, whether an information system is needed.
/// Save carries the inspection id, the item id and the plan version the form was made from.
/// </summary>
public sealed class PlanItemCard(ApprovalTexts texts)
{
    public const string MeasureInput = "measure";
    public const string DescriptionInput = "description";
    public const string OrderInput = "order";
    public const string DependsOnInput = "dependsOn";
    public const string DeadlineInput = "deadline";
    public const string AgencyInput = "agencyId";
    public const string ExecutorInput = "executorId";
    public const string EffectInput = "effect";
    public const string InformationSystemInput = "needsSystem";

    public AdaptiveCard Build(ApprovalView view, PlanItem? item, CultureInfo culture, UiLanguage language, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var inspection = view.Inspection;
        var itemId = item?.Id ?? Guid.NewGuid();
        var order = item?.Order ?? (inspection.PlanItems.Count == 0 ? 1 : inspection.PlanItems.Max(i => i.Order) + 1);
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(BotCards.CardParts.Title(texts.Get(item is null ? "Plan.Item.NewTitle" : "Plan.Item.EditTitle", culture)));
        body.Add(TextBlock.Plain($"{view.ServiceName.For(language)} · {inspection.CurrentPlan.Label}") with { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new ChoiceSetInput(MeasureInput, [.. Enum.GetValues<Measure>().Select(m => new Choice(texts.Measure(m, culture), m.Letter()))])
        {
            Label = texts.Get("Plan.Field.Measure", culture), IsRequired = true, ErrorMessage = texts.Get("Plan.Field.Required", culture),
            Value = (item?.Measure ?? Measure.ChangeProcedures).Letter(), Style = ChoiceInputStyle.Compact,
        });
        body.Add(new TextInput(DescriptionInput)
        {
            Label = texts.Get("Plan.Field.Description", culture), IsRequired = true, ErrorMessage = texts.Get("Plan.Field.Required", culture),
            IsMultiline = true, MaxLength = PlanItem.MaxTextLength, Value = item?.Description,
        });
        body.Add(new NumberInput(OrderInput) { Label = texts.Get("Plan.Field.Order", culture), Min = 1, Max = 999, Value = order });
        var others = inspection.PlanItems.Where(i => i.Id != itemId).ToList();
        if (others.Count > 0)
        {
            body.Add(new ChoiceSetInput(DependsOnInput, [.. others.Select(o => new Choice($"{o.Order}. {Clip(o.Description)}", o.Id.ToString()))])
            {
                Label = texts.Get("Plan.Field.DependsOn", culture), IsMultiSelect = true, Style = ChoiceInputStyle.Compact,
                Value = item is null || item.Dependencies.Count == 0 ? null : string.Join(",", item.Dependencies),
            });
        }
        body.Add(new DateInput(DeadlineInput) { Label = texts.Get("Plan.Field.Deadline", culture), Value = item?.Deadline });
        body.Add(new ChoiceSetInput(AgencyInput, [.. view.Agencies.Select(a => new Choice($"{a.Code} · {a.Name.For(language)}", a.Id.ToString()))])
        {
            Label = texts.Get("Plan.Field.Agency", culture), Style = ChoiceInputStyle.Compact, Value = item?.ResponsibleAgencyId?.ToString(),
            Placeholder = texts.Get("Plan.Field.Choose", culture),
        });
        var unknown = texts.Get("Plan.Unassigned", culture);
        var members = inspection.Members.Where(m => !m.Roles.SequenceEqual([WorkingGroupRole.Interviewee])).ToList();
        body.Add(new ChoiceSetInput(ExecutorInput, [.. members.Select(m => new Choice(view.NameOf(m.OfficialId, unknown), m.OfficialId.ToString()))])
        {
            Label = texts.Get("Plan.Field.Executor", culture), Style = ChoiceInputStyle.Compact, Value = item?.ExecutorId?.ToString(),
            Placeholder = texts.Get("Plan.Field.Choose", culture),
        });
        body.Add(new TextInput(EffectInput)
        {
            Label = texts.Get("Plan.Field.Effect", culture), IsMultiline = true, MaxLength = PlanItem.MaxTextLength, Value = item?.ExpectedEffect,
        });
        body.Add(new ToggleInput(InformationSystemInput, texts.Get("Plan.Field.InformationSystem", culture))
        {
            Value = item?.RequiresInformationSystem == true ? "true" : "false", ValueOn = "true", ValueOff = "false", Wrap = true,
        });
        var id = inspection.Id.ToString();
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(V.PlanItemSave, ActionData.Of((V.InspectionIdKey, id), (V.ItemIdKey, itemId.ToString()), (V.HashKey, inspection.CurrentPlan.Hash)))
                    { Title = texts.Get("Plan.Button.Save", culture), Style = ActionStyle.Positive },
                new ExecuteAction(V.PlanShow, ActionData.Of((V.InspectionIdKey, id))) { Title = texts.Get("Plan.Button.Cancel", culture), AssociatedInputs = AssociatedInputs.None },
            ],
            FallbackText = texts.Get("Plan.Title", culture),
        };
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
