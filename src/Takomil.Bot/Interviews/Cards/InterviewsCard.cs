using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using CardChoice = Takomil.Protocol.Cards.Choice;

namespace Takomil.Bot.Interviews.Cards;

/// <summary>One interview as the lead sees it: who, which section, how far ("7 / 23, paused 2 days").</summary>
public sealed record InterviewLine(string Person, string Section, string TrustedProgress);

/// <summary>
/// The lead's view of an inspection's interviews: progress of each, open conflicts, and a form to ask a working-group
/// member about a section. The pickers send an official id and a script id; the handler checks both again.
/// </summary>
public sealed class InterviewsCard(Texts texts)
{
    public const string StartVerb = "interview.start";
    public const string RefreshVerb = "interview.list";
    public const string ConflictsVerb = "interview.conflicts";
    public const string InspectionKey = "inspectionId";
    public const string PersonInput = "person";
    public const string SectionInput = "section";

    public AdaptiveCard Build(
        Guid inspectionId, string serviceName, string serviceCode, IReadOnlyList<InterviewLine> lines, int openConflicts,
        IReadOnlyList<(Guid Id, string Name)> people, IReadOnlyList<(string Id, string Title)> sections, CultureInfo culture, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(sections);
        var ids = new Dictionary<string, string> { [InspectionKey] = inspectionId.ToString() };
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(TextBlock.Markdown(texts.Get("Interviews.Title", culture)) with { Size = FontSize.Large, Weight = FontWeight.Bolder, Style = TextBlockStyle.Heading });
        body.Add(TextBlock.Plain($"{serviceName} · {serviceCode}") with { IsSubtle = true, Spacing = Spacing.None });
        if (lines.Count == 0)
        {
            body.Add(TextBlock.Markdown(texts.Get("Interviews.None", culture)) with { IsSubtle = true });
        }
        else
        {
            foreach (var line in lines)
            {
                body.Add(new Container(
                [
                    TextBlock.Plain($"{line.Person} — {line.Section}") with { Weight = FontWeight.Bolder },
                    TextBlock.Markdown(line.TrustedProgress) with { IsSubtle = true, Spacing = Spacing.None },
                ]) { Spacing = Spacing.Small });
            }
        }
        var actions = new List<CardAction>();
        if (openConflicts > 0)
        {
            body.Add(TextBlock.Markdown(texts.Format("Interviews.OpenConflicts", culture, openConflicts)) with { Color = TextColor.Attention, Weight = FontWeight.Bolder });
            actions.Add(ExecuteAction.Create(ConflictsVerb, texts.Get("Interviews.Button.Conflicts", culture), ids));
        }
        if (people.Count > 0 && sections.Count > 0)
        {
            body.Add(TextBlock.Markdown(texts.Get("Interviews.Ask", culture)) with { Weight = FontWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.Add(new ChoiceSetInput(PersonInput, [.. people.Select(p => new CardChoice(p.Name, p.Id.ToString()))])
            {
                Label = texts.Get("Interviews.Person", culture), Style = ChoiceInputStyle.Compact, IsRequired = true,
                ErrorMessage = texts.Get("Interviews.Person.Required", culture),
            });
            body.Add(new ChoiceSetInput(SectionInput, [.. sections.Select(s => new CardChoice(s.Title, s.Id))])
            {
                Label = texts.Get("Interviews.Section", culture), Style = ChoiceInputStyle.Compact, IsRequired = true,
                ErrorMessage = texts.Get("Interviews.Section.Required", culture),
            });
            actions.Insert(0, ExecuteAction.Create(StartVerb, texts.Get("Interviews.Button.Send", culture), ids, ActionStyle.Positive));
        }
        actions.Add(ExecuteAction.Create(RefreshVerb, texts.Get("Interviews.Button.Refresh", culture), ids) with { AssociatedInputs = AssociatedInputs.None });
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = texts.Get("Interviews.Title", culture) };
    }
}
