using System.Globalization;
using Takomil.Analysis;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Models.Cards;

/// <summary>
/// The p. 14 analysis of the as-is model: each finding (rule, point of the Regulation, the steps, documents and agencies
/// it is about, and why), then each proposed p. 6 measure (letter, title, the changes, the findings it answers, the
/// decision so far) with Accept and Reject. Buttons carry the inspection id and the proposal id only.
/// </summary>
public sealed class AnalysisCard(Texts texts, ModelTexts models, ReasonTexts reasons)
{
    public const string AcceptVerb = "measure.accept";
    public const string RejectVerb = "measure.reject";
    public const string InspectionIdKey = "inspectionId";
    public const string ProposalIdKey = "proposalId";

    public AdaptiveCard Build(ModelWorkspace workspace, IReadOnlyDictionary<Guid, string> people, CultureInfo culture, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(people);
        var report = workspace.Analysis;
        var steps = new StepNames(workspace.AsIs?.Procedures ?? []);
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(InspectionCardParts.Heading(texts.Get("Analysis.Title", culture)));
        body.Add(TextBlock.Plain($"{workspace.Service.Code} · {workspace.Service.Name.For(Languages.Of(culture))}") with { IsSubtle = true, Spacing = Spacing.None });
        var accepted = report.Proposals.Count(p => workspace.DecisionOf(p.Id) is { Accepted: true });
        var rejected = report.Proposals.Count(p => workspace.DecisionOf(p.Id) is { Accepted: false });
        body.Add(TextBlock.Markdown(texts.Format("Analysis.Summary", culture, report.Findings.Count, report.Proposals.Count, accepted, rejected)));
        if (report.Status != AnalysisStatus.Analysed)
        {
            body.Add(TextBlock.Markdown(texts.Get("Analysis.Status." + report.Status, culture)) with { Color = TextColor.Attention });
            body.AddRange(report.Issues.Take(3).Select(i => InspectionCardParts.Bullet(reasons.Describe(i, culture))));
        }
        if (report.Findings.Count > 0)
        {
            body.Add(InspectionCardParts.Section(texts.Get("Analysis.Findings", culture)));
            body.AddRange(report.Findings.Select((f, i) => FindingBlock(f, i + 1, steps, culture)));
        }
        else if (report.Status == AnalysisStatus.Analysed)
        {
            body.Add(TextBlock.Markdown(texts.Get("Analysis.NoFindings", culture)));
        }
        if (report.Proposals.Count > 0)
        {
            body.Add(InspectionCardParts.Section(texts.Get("Analysis.Measures", culture)));
            var numbers = report.Findings.Select((f, i) => (f.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
            body.AddRange(report.Proposals.Select(p => ProposalBlock(workspace, p, numbers, steps, people, culture)));
        }
        return new AdaptiveCard { Body = body, FallbackText = texts.Get("Analysis.Title", culture) };
    }

    private Container FindingBlock(Finding finding, int number, StepNames steps, CultureInfo culture)
    {
        var items = new List<CardElement>
        {
            TextBlock.Markdown(texts.Format("Analysis.FindingHead", culture, number, MarkdownText.Escape(finding.RuleId), MarkdownText.Escape(finding.RegulationPoint))) with { Weight = FontWeight.Bolder },
            TextBlock.Markdown(models.Finding(finding, steps, culture)) with { Spacing = Spacing.None },
        };
        if (finding.Procedures.Count > 0) items.Add(Detail("Analysis.Steps", steps.Names(finding.Procedures.Take(6)) + More(finding.Procedures.Count, 6), culture));
        if (finding.Documents.Count > 0) items.Add(Detail("Analysis.Documents", string.Join("; ", finding.Documents.Select(MarkdownText.Escape)), culture));
        if (finding.Agencies.Count > 0) items.Add(Detail("Analysis.Agencies", string.Join("; ", finding.Agencies.Select(MarkdownText.Escape)), culture));
        return new Container(items) { Separator = true, Spacing = Spacing.Small };
    }

    private Container ProposalBlock(
        ModelWorkspace workspace, MeasureProposal proposal, Dictionary<string, int> findingNumbers, StepNames steps,
        IReadOnlyDictionary<Guid, string> people, CultureInfo culture)
    {
        var items = new List<CardElement>
        {
            TextBlock.Markdown($"**{ModelTexts.Letter(proposal.Measure)})** {models.MeasureTitle(proposal.Measure, culture)}"),
        };
        items.AddRange(proposal.Transformations.Select(t => InspectionCardParts.Bullet(models.Change(t, steps, culture))));
        var answers = proposal.FindingIds.Select(id => findingNumbers.TryGetValue(id, out var n) ? n.ToString(culture) : "?");
        items.Add(Detail("Analysis.Answers", string.Join(", ", answers) + " · " + MarkdownText.Escape(proposal.RuleId), culture));
        var decision = workspace.DecisionOf(proposal.Id);
        items.Add(TextBlock.Markdown(Decision(decision, people, culture)) with
        {
            Color = decision is null ? TextColor.Default : decision.Accepted ? TextColor.Good : TextColor.Warning,
            Weight = decision is null ? null : FontWeight.Bolder,
            Spacing = Spacing.Small,
        });
        var ids = new Dictionary<string, string> { [InspectionIdKey] = workspace.Inspection.Id.ToString(), [ProposalIdKey] = proposal.Id };
        var buttons = new List<CardAction>();
        if (decision is not { Accepted: true }) buttons.Add(ExecuteAction.Create(AcceptVerb, texts.Get("Analysis.Accept", culture), ids, ActionStyle.Positive));
        if (decision is not { Accepted: false }) buttons.Add(ExecuteAction.Create(RejectVerb, texts.Get("Analysis.Reject", culture), ids, ActionStyle.Destructive));
        items.Add(new ActionSet(buttons));
        return new Container(items) { Separator = true, Spacing = Spacing.Small };
    }

    private string Decision(MeasureDecisionRow? decision, IReadOnlyDictionary<Guid, string> people, CultureInfo culture)
    {
        if (decision is null) return texts.Get("Analysis.Undecided", culture);
        var who = MarkdownText.Escape(people.TryGetValue(decision.DecidedBy, out var name) ? name : texts.Get("Person.Unknown", culture));
        var when = InspectionCardParts.Date(DateOnly.FromDateTime(decision.DecidedAt.ToOffset(TimeSpan.FromHours(5)).DateTime));
        return texts.Format(decision.Accepted ? "Analysis.Accepted" : "Analysis.Rejected", culture, who, when);
    }

    private TextBlock Detail(string key, string trustedValue, CultureInfo culture) =>
        TextBlock.Markdown(texts.Format(key, culture, trustedValue)) with { IsSubtle = true, Spacing = Spacing.None };

    private static string More(int count, int shown) => count > shown ? $"; … (+{count - shown})" : string.Empty;
}
