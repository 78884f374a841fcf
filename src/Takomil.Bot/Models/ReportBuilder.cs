using System.Globalization;
using Takomil.Analysis.Burden;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Reports.Content;
using ReportRow = Takomil.Reports.Content.ComparisonRow;

namespace Takomil.Bot.Models;

/// <summary>
/// Gathers the report of p. 25 from an inspection as stored: the service and its working group, the fact sheet, both
/// models with their diagrams and descriptions, the findings, every decided measure, the comparison with its chart and
/// the plan items — all in the report's language. Values from outside stay plain: the report writers escape them.
/// </summary>
public sealed class ReportBuilder(
    Texts texts, ModelTexts markdownTexts, DomainNames names, ModelWorkspaces workspaces, OfficialDirectory officials,
    Takomil.Storage.Inspections.CatalogRepository catalog, ComparisonChart chart, DiagramFiles diagrams, TimeProvider time)
{
    private static readonly TimeSpan Tashkent = TimeSpan.FromHours(5);

    public async Task<ReportContent> BuildAsync(ModelWorkspace workspace, UiLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var culture = CultureInfo.GetCultureInfo(language.CultureName());
        var models = markdownTexts.Plain();
        var inspection = workspace.Inspection;
        var people = await officials.LoadAsync(inspection.Members.Select(m => m.OfficialId), cancellationToken).ConfigureAwait(false);
        var unknown = texts.Get("Person.Unknown", culture);
        var header = new ReportHeader(
            workspace.Service.Name.For(language), workspace.Service.Code, workspace.Provider?.Name.For(language) ?? string.Empty, inspection.Year,
            DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Tashkent).DateTime),
            DateOf(inspection, InspectionTrigger.Start), DateOf(inspection, InspectionTrigger.Complete),
            [.. inspection.Members.OrderBy(m => m.Roles.Min()).Select(m => new ReportMember(
                people.TryGetValue(m.OfficialId, out var o) ? o.DisplayName : unknown, people.TryGetValue(m.OfficialId, out var p) ? p.Position : string.Empty, m.Roles))]);

        var asIsProcedures = workspace.AsIs?.Procedures ?? [];
        var steps = models.Steps(asIsProcedures);
        var findings = workspace.Analysis.Findings.Select(f => new ReportFinding(
            f.RuleId, texts.Format("Report.Point", culture, f.RegulationPoint), models.RuleTitle(f.RuleId, culture), models.Finding(f, steps, culture),
            [.. steps.Names(f.Procedures).Split("; ", StringSplitOptions.RemoveEmptyEntries), .. f.Documents, .. f.Agencies])).ToList();
        var findingTexts = workspace.Analysis.Findings.ToDictionary(f => f.Id, f => models.Finding(f, steps, culture), StringComparer.Ordinal);
        var measures = workspace.Analysis.Proposals
            .Where(p => workspace.DecisionOf(p.Id) is not null)
            .Select(p => new ReportMeasure(
                p.Measure,
                $"{ModelTexts.Letter(p.Measure)}) {models.MeasureTitle(p.Measure, culture)}: {string.Join(" ", p.Transformations.Select(t => models.Change(t, steps, culture)))}",
                string.Join(" ", p.FindingIds.Select(id => findingTexts.GetValueOrDefault(id) ?? id)),
                workspace.DecisionOf(p.Id)!.Accepted))
            .ToList();

        var accepted = workspace.Accepted.Select(a => ModelTexts.Letter(a.Proposal.Measure)).Distinct().Order().ToList();
        var justification = accepted.Count == 0
            ? texts.Get("Report.NoMeasures", culture)
            : texts.Format("Report.Justification", culture, workspace.Accepted.Count, string.Join(", ", accepted.Select(l => l + ")")));
        var comparison = workspaces.CompareOf(workspace);
        return new ReportContent(
            language, header, LegalBasis(inspection, culture), workspace.Facts ?? new FactSheet(inspection.Id, inspection.Year),
            Model(asIsProcedures, ProcessModelKind.AsIs, workspace.Service.Code, language, culture, null),
            findings, measures,
            Model(workspace.ToBeProcedures, ProcessModelKind.ToBe, workspace.Service.Code, language, culture, justification),
            Comparison(comparison, models, culture),
            await PlanAsync(inspection, models, culture, cancellationToken).ConfigureAwait(false),
            []);
    }

    private ReportModel Model(IReadOnlyList<Procedure> procedures, ProcessModelKind kind, string code, UiLanguage language, CultureInfo culture, string? justification)
    {
        if (procedures.Count == 0 || ProcessGraph.StructuralIssues(procedures).Count > 0) return new ReportModel(procedures, null, justification);
        var caption = $"{code} — {names.ModelKind(kind, culture)}";
        var png = DiagramFiles.Png(procedures, language, caption, diagrams.Image);
        var numbering = ProcedureDescriber.Numbering(procedures);
        var lines = ProcedureDescriber.Describe(procedures, language);
        var byKey = procedures.OrderBy(p => numbering[p.Key]).Select((p, i) => (p.Key, Line: lines[i])).ToDictionary(x => x.Key, x => x.Line, StringComparer.Ordinal);
        var file = $"{code}-{(kind == ProcessModelKind.AsIs ? "asis" : "tobe")}.png";
        return new ReportModel(procedures, new ReportFigure(png, caption, file), justification, byKey);
    }

    private ReportComparison Comparison(Comparison? comparison, ModelTexts models, CultureInfo culture)
    {
        if (comparison is null) return new ReportComparison([], null);
        var rows = comparison.Rows.Select(r => new ReportRow(
            models.Metric(r.MetricKey, culture), Cards.ComparisonCard.Number(r.AsIs, culture), Cards.ComparisonCard.Number(r.ToBe, culture), r.ChangePercent)).ToList();
        var png = chart.Png(comparison, culture, diagrams.Image);
        return new ReportComparison(rows, new ReportFigure(png, texts.Get("Compare.ChartTitle", culture), "comparison.png"));
    }

    private List<string> LegalBasis(Inspection inspection, CultureInfo culture)
    {
        var basis = new List<string> { texts.Get("Report.Basis.Regulation", culture), texts.Format("Report.Basis.List", culture, inspection.Year) };
        var order = inspection.History.FirstOrDefault(h => h.Trigger == InspectionTrigger.Start)?.Decision;
        if (order is not null) basis.Add(texts.Format("Report.Basis.Order", culture, order.Reference, Inspections.Cards.InspectionCardParts.Date(order.Date)));
        return basis;
    }

    private async Task<IReadOnlyList<ReportPlanRow>> PlanAsync(Inspection inspection, ModelTexts models, CultureInfo culture, CancellationToken cancellationToken)
    {
        var executors = await officials.LoadAsync(inspection.PlanItems.Where(i => i.ExecutorId is not null).Select(i => i.ExecutorId!.Value), cancellationToken).ConfigureAwait(false);
        var rows = new List<ReportPlanRow>();
        foreach (var item in inspection.PlanItems.OrderBy(i => i.Order))
        {
            var executor = item.ExecutorId is { } id && executors.TryGetValue(id, out var official) ? official : null;
            var agency = executor is null ? null : await catalog.FindAgencyAsync(executor.AgencyId, cancellationToken).ConfigureAwait(false);
            rows.Add(new ReportPlanRow(
                item.Order, $"{ModelTexts.Letter(item.Measure)}) {models.MeasureTitle(item.Measure, culture)}", item.Description,
                agency?.Name.For(Languages.Of(culture)) ?? "—", executor?.DisplayName ?? "—",
                item.Deadline is { } d ? Inspections.Cards.InspectionCardParts.Date(d) : "—", item.StatusNote ?? string.Empty));
        }
        return rows;
    }

    private static DateOnly? DateOf(Inspection inspection, InspectionTrigger trigger) =>
        inspection.History.FirstOrDefault(h => h.Trigger == trigger) is { } change
            ? DateOnly.FromDateTime(change.At.ToOffset(Tashkent).DateTime)
            : null;
}
