using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Inspections.Cards;

/// <summary>
/// One inspection at a glance: stage and deadline, the working group with roles, what p. 11 still lacks section by
/// section, both models, and who owes what. Names of services, agencies and people come from outside and are shown
/// plain; the button carries the inspection id only.
/// </summary>
public sealed class StatusCard(Texts texts, DomainNames names, InspectionCardParts parts, FactGapTexts gaps, DutyTexts duties, ReasonTexts reasons)
{
    public const string RefreshVerb = "inspection.status";
    public const string InspectionIdKey = "inspectionId";

    public AdaptiveCard Build(InspectionView view, CultureInfo culture, UiLanguage language, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var inspection = view.Inspection;
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(InspectionCardParts.Heading(view.Service.Name.For(language)));
        var provider = view.Provider?.Name.For(language);
        body.Add(TextBlock.Plain(provider is null ? view.Service.Code : $"{view.Service.Code} · {provider}") with { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new FactSet(
        [
            Fact.Markdown(texts.Get("Status.Stage", culture), parts.Stage(inspection.Stage, culture)),
            Fact.Markdown(texts.Get("Status.Deadline", culture), parts.Deadline(inspection.Deadline, culture)),
            Fact.Markdown(texts.Get("Status.List", culture), texts.Format("Status.ListValue", culture, inspection.Year)),
        ]));
        AddWorkingGroup(view, culture, body);
        AddFacts(view, culture, body);
        AddModels(view, culture, body);
        AddDuties(view, culture, body);
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                ExecuteAction.Create(RefreshVerb, texts.Get("Status.Refresh", culture),
                    new Dictionary<string, string> { [InspectionIdKey] = inspection.Id.ToString() }),
                // Interview progress lives on its own card (Interviews/Cards/InterviewsCard), one press away.
                ExecuteAction.Create(Interviews.Cards.InterviewsCard.RefreshVerb, texts.Get("Interviews.Button.Show", culture),
                    new Dictionary<string, string> { [Interviews.Cards.InterviewsCard.InspectionKey] = inspection.Id.ToString() }),
            ],
            FallbackText = texts.Get("Status.Title", culture),
        };
    }

    private void AddWorkingGroup(InspectionView view, CultureInfo culture, List<CardElement> body)
    {
        body.Add(InspectionCardParts.Section(texts.Get("Status.WorkingGroup", culture)));
        var unknown = texts.Get("Person.Unknown", culture);
        body.Add(new FactSet([.. view.Inspection.Members
            .OrderBy(m => m.Roles.Min())
            .Select(m => Fact.Plain(view.NameOf(m.OfficialId, unknown), names.Roles(m.Roles, culture)))]));
        var missing = Duties.MissingToStart(view.Inspection);
        if (view.Inspection.Stage == InspectionStage.Listed && missing.Count > 0)
        {
            body.Add(TextBlock.Markdown(texts.Format("Status.WorkingGroupMissing", culture, names.Roles(missing, culture))) with { Color = TextColor.Attention, Weight = FontWeight.Bolder });
        }
    }

    private void AddFacts(InspectionView view, CultureInfo culture, List<CardElement> body)
    {
        var progress = view.Progress;
        body.Add(InspectionCardParts.Section(texts.Format("Status.Facts", culture, progress.SectionsComplete, progress.SectionsTotal)));
        body.Add(new FactSet([.. progress.Facts.Sections.Select(s =>
            Fact.Markdown($"{(int)s.Section}\\. {names.Section(s.Section, culture)}", gaps.Describe(s, culture)))]));
    }

    private void AddModels(InspectionView view, CultureInfo culture, List<CardElement> body)
    {
        body.Add(InspectionCardParts.Section(texts.Get("Status.Models", culture)));
        body.Add(new FactSet([.. view.Progress.Models.Select(m => Fact.Markdown(names.ModelKind(m.Kind, culture), Model(m, culture)))]));
    }

    private string Model(ModelProgress model, CultureInfo culture)
    {
        if (!model.Exists) return texts.Get("Status.Model.NotStarted", culture);
        if (model.IsReady) return texts.Format("Status.Model.Ready", culture, model.Procedures);
        var first = reasons.Describe(model.Issues[0], culture);
        return texts.Format("Status.Model.Issues", culture, model.Procedures, model.Issues.Count, first);
    }

    private void AddDuties(InspectionView view, CultureInfo culture, List<CardElement> body)
    {
        body.Add(InspectionCardParts.Section(texts.Get("Status.Duties", culture)));
        var unknown = texts.Get("Person.Unknown", culture);
        var any = false;
        foreach (var member in view.Inspection.Members.OrderBy(m => m.Roles.Min()))
        {
            var owed = view.DutiesOf(member.OfficialId);
            if (owed.Count == 0) continue;
            any = true;
            body.Add(TextBlock.Plain(view.NameOf(member.OfficialId, unknown)) with { Weight = FontWeight.Bolder, Spacing = Spacing.Small });
            body.AddRange(owed.Select(d => InspectionCardParts.Bullet(duties.Describe(d, culture))));
        }
        if (!any) body.Add(TextBlock.Markdown(texts.Get("Status.NoDuties", culture)) with { IsSubtle = true });
    }
}
