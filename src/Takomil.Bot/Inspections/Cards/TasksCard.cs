using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Inspections.Cards;

/// <summary>"My tasks": each inspection the person works on, their roles there and what they owe now.</summary>
public sealed class TasksCard(Texts texts, DomainNames names, InspectionCardParts parts, DutyTexts duties)
{
    public const int MaxInspections = 10;

    public AdaptiveCard Build(IReadOnlyList<InspectionView> views, Guid me, bool mayCreate, CultureInfo culture, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(views);
        var body = new List<CardElement> { CardParts.Title(texts.Get("Tasks.Title", culture)) };
        if (views.Count == 0)
        {
            body.Add(TextBlock.Markdown(texts.Get(mayCreate ? "Tasks.NoneForLead" : "Tasks.None", culture)));
        }
        // What is owed first, then by deadline.
        var ordered = views
            .Select(v => (View: v, Owed: v.DutiesOf(me)))
            .OrderBy(x => x.Owed.Count == 0)
            .ThenBy(x => x.View.Inspection.Deadline)
            .ToList();
        foreach (var (view, owed) in ordered.Take(MaxInspections))
        {
            var roles = view.Inspection.FindMember(me)?.Roles ?? [];
            var items = new List<CardElement>
            {
                TextBlock.Plain(view.Service.Name.For(language)) with { Weight = FontWeight.Bolder },
                TextBlock.Markdown(texts.Format("Tasks.Line", culture,
                    parts.Stage(view.Inspection.Stage, culture), parts.Deadline(view.Inspection.Deadline, culture))) with { IsSubtle = true, Spacing = Spacing.None },
                TextBlock.Markdown(texts.Format("Tasks.Roles", culture, names.Roles(roles, culture))) with { IsSubtle = true, Spacing = Spacing.None },
            };
            if (owed.Count == 0) items.Add(TextBlock.Markdown(texts.Get("Tasks.NothingPending", culture)));
            items.AddRange(owed.Select(d => InspectionCardParts.Bullet(duties.Describe(d, culture))));
            items.Add(new ActionSet([ExecuteAction.Create(StatusCard.RefreshVerb, texts.Get("Tasks.Open", culture),
                new Dictionary<string, string> { [StatusCard.InspectionIdKey] = view.Inspection.Id.ToString() })]));
            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }
        if (ordered.Count > MaxInspections)
        {
            body.Add(TextBlock.Markdown(texts.Format("Tasks.More", culture, ordered.Count - MaxInspections)) with { IsSubtle = true });
        }
        return new AdaptiveCard { Body = body, FallbackText = texts.Get("Tasks.Title", culture) };
    }
}
