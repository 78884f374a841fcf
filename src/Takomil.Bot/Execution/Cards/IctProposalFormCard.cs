using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Execution.Cards;

/// <summary>
/// Annex stage 4: the short form an agency fills in to propose an information system for the state ICT order —
/// system name, purpose, agency, the plan items it serves, estimated cost and priority.
/// </summary>
public sealed class IctProposalFormCard(Texts texts, ExecutionNames names)
{
    public AdaptiveCard Build(Inspection inspection, string serviceName, CultureInfo culture, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var body = new List<CardElement> { CardParts.Title(texts.Get("Execution.Proposal.Title", culture)) };
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(TextBlock.Plain(serviceName) with { Weight = FontWeight.Bolder });
        body.Add(TextBlock.Markdown(texts.Get("Execution.Proposal.Intro", culture)) with { Wrap = true, IsSubtle = true });
        body.Add(new TextInput(ExecutionIds.SystemNameInput)
        {
            Label = texts.Get("Execution.Proposal.SystemName", culture), IsRequired = true, MaxLength = IctProposal.MaxNameLength,
            ErrorMessage = texts.Get("Execution.Proposal.Required", culture),
        });
        body.Add(new TextInput(ExecutionIds.PurposeInput)
        {
            Label = texts.Get("Execution.Proposal.Purpose", culture), IsRequired = true, IsMultiline = true, MaxLength = IctProposal.MaxPurposeLength,
            ErrorMessage = texts.Get("Execution.Proposal.Required", culture),
        });
        body.Add(new TextInput(ExecutionIds.AgencyInput)
        {
            Label = texts.Get("Execution.Proposal.Agency", culture), IsRequired = true, MaxLength = IctProposal.MaxAgencyLength,
            ErrorMessage = texts.Get("Execution.Proposal.Required", culture),
        });
        var items = inspection.PlanItems.OrderBy(i => i.Order)
            .Select(i => new Choice($"{i.Order}. {(i.Description.Length > 60 ? i.Description[..60] + "…" : i.Description)}", i.Id.ToString()))
            .Take(IctProposal.MaxRelatedItems * 5)
            .ToList();
        body.Add(new ChoiceSetInput(ExecutionIds.RelatedItemsInput, items)
        {
            Label = texts.Get("Execution.Proposal.RelatedItems", culture), IsMultiSelect = true, IsRequired = true,
            Style = ChoiceInputStyle.Expanded, ErrorMessage = texts.Get("Execution.Proposal.Required", culture),
        });
        body.Add(new NumberInput(ExecutionIds.CostInput)
        {
            Label = texts.Get("Execution.Proposal.Cost", culture), IsRequired = true, Min = 0,
            ErrorMessage = texts.Get("Execution.Proposal.Required", culture),
        });
        body.Add(new ChoiceSetInput(ExecutionIds.PriorityInput,
            [.. Enum.GetValues<IctPriority>().Select(p => new Choice(names.Priority(p, culture), p.ToString()))])
        {
            Label = texts.Get("Execution.Proposal.Priority", culture), IsRequired = true, Value = nameof(IctPriority.Medium),
            ErrorMessage = texts.Get("Execution.Proposal.Required", culture),
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [ExecuteAction.Create(ExecutionIds.SubmitProposalVerb, texts.Get("Execution.Proposal.Submit", culture),
                new Dictionary<string, string> { [ExecutionIds.InspectionKey] = inspection.Id.ToString() }, ActionStyle.Positive)],
            FallbackText = texts.Get("Execution.Proposal.Title", culture),
        };
    }
}
