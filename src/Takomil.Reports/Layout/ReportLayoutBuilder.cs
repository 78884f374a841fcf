using Takomil.Reports.Content;
using Takomil.Reports.Texts;

namespace Takomil.Reports.Layout;

/// <summary>
/// Lays the report out in the order of the brief and the Regulation: title page, general information,
/// 1 legal basis, 2 facts (p. 11), 3 current model, 4 findings (p. 14), 5 measures (p. 6), 6 optimised model,
/// 7 comparison, 8 draft action plan (p. 26, landscape), annexes.
/// </summary>
internal static class ReportLayoutBuilder
{
    public static ReportLayout Build(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var t = new ReportTexts(content.Language);
        var f = new ReportFormat(t);
        var b = new LayoutBuilder(t);
        var h = content.Header;

        var title = t.Format("TitlePage.Title", h.ServiceName);
        b.Add(new TitlePageBlock(
            t["TitlePage.Country"], string.IsNullOrWhiteSpace(h.Authority) ? t["TitlePage.Authority"] : h.Authority, t["TitlePage.Draft"], t["TitlePage.Kind"], title,
            t.Format("TitlePage.ServiceLine", h.ServiceCode, h.ProviderAgency), t["TitlePage.Basis"],
            t.Format("TitlePage.Date", ReportFormat.Date(h.ReportDate)), t.Format("TitlePage.CityYear", h.ReportDate.Year)));

        General(b, f, h);

        b.Numbered(1, t["Section.LegalBasis"]);
        if (content.LegalBasis.Count == 0) b.Note(t["LegalBasis.None"]);
        foreach (var basis in content.LegalBasis) b.Paragraph(basis, ParagraphRole.Bullet);

        FactsLayout.Add(b, f, content.Facts);

        b.Numbered(1, t["Section.AsIs"]);
        ModelLayout.Add(b, f, content.AsIs, t["Table.AsIs"]);

        Findings(b, content.Findings);
        Measures(b, f, content.Measures);

        b.Numbered(1, t["Section.ToBe"]);
        ModelLayout.Add(b, f, content.ToBe, t["Table.ToBe"]);

        Comparison(b, f, content.Comparison);
        Plan(b, content.ActionPlan);
        Annexes(b, content.Annexes);

        return new ReportLayout(content.Language, t["TitlePage.Kind"] + " " + title, b.Finish());
    }

    private static void General(LayoutBuilder b, ReportFormat f, ReportHeader h)
    {
        var t = b.Texts;
        b.Unnumbered(1, t["General.Heading"]);
        b.Add(new FieldsBlock([
            new(t["General.Service"], h.ServiceName),
            new(t["General.Code"], h.ServiceCode),
            new(t["General.Agency"], h.ProviderAgency),
            new(t["General.Year"], h.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(t["General.Started"], ReportFormat.Date(h.InspectionStarted)),
            new(t["General.Completed"], ReportFormat.Date(h.InspectionCompleted)),
            new(t["General.ReportDate"], ReportFormat.Date(h.ReportDate)),
        ]));
        if (h.WorkingGroup.Count == 0) return;
        b.Table(t["Table.WorkingGroup"], [t["Col.No"], t["Col.Name"], t["Col.Position"], t["Col.Roles"]],
            h.WorkingGroup.Select((m, i) => (IReadOnlyList<string>)[
                FactsLayout.Num(i), m.FullName, m.Position, string.Join(", ", m.Roles.Select(f.Role))]),
            1, 5, 8, 4);
    }

    private static void Findings(LayoutBuilder b, IReadOnlyList<ReportFinding> findings)
    {
        var t = b.Texts;
        b.Numbered(1, t["Section.Findings"]);
        if (findings.Count == 0)
        {
            b.Note(t["Findings.None"]);
            return;
        }
        b.Table(t["Table.Findings"], [t["Col.No"], t["Col.Point"], t["Col.Finding"], t["Col.Rule"]],
            findings.Select((x, i) => (IReadOnlyList<string>)[FactsLayout.Num(i), x.RegulationPoint, x.Title, x.RuleId]),
            1, 3, 10, 3);
        foreach (var finding in findings)
        {
            b.Numbered(2, finding.Title);
            if (!string.IsNullOrWhiteSpace(finding.Explanation)) b.Paragraph(finding.Explanation);
            if (finding.Elements.Count > 0) b.Paragraph(t.Format("Finding.Elements", ReportFormat.List(finding.Elements)), ParagraphRole.Bullet);
        }
    }

    private static void Measures(LayoutBuilder b, ReportFormat f, IReadOnlyList<ReportMeasure> measures)
    {
        var t = b.Texts;
        b.Numbered(1, t["Section.Measures"]);
        if (measures.Count == 0)
        {
            b.Note(t["Measures.None"]);
            return;
        }
        b.Table(t["Table.Measures"], [t["Col.Letter"], t["Col.Measure"], t["Col.Rationale"], t["Col.Decision"]],
            measures.Select(m => (IReadOnlyList<string>)[
                f.Letter(m.Measure) + ")", m.Title, m.Rationale, t[m.Accepted ? "Measure.Accepted" : "Measure.Rejected"]]),
            2, 5, 9, 3);
    }

    private static void Comparison(LayoutBuilder b, ReportFormat f, ReportComparison comparison)
    {
        var t = b.Texts;
        b.Numbered(1, t["Section.Comparison"]);
        if (comparison.Rows.Count == 0) b.Note(t["Comparison.None"]);
        else
        {
            b.Table(t["Table.Comparison"], [t["Col.Metric"], t["Col.Before"], t["Col.After"], t["Col.Change"]],
                comparison.Rows.Select(r => (IReadOnlyList<string>)[r.Metric, r.Before, r.After, f.SignedPercent(r.ChangePercent)]),
                6, 4, 4, 3);
        }
        b.Figure(comparison.Chart);
    }

    private static void Plan(LayoutBuilder b, IReadOnlyList<ReportPlanRow> plan)
    {
        var t = b.Texts;
        // Seven columns do not fit a portrait A4 page legibly: the plan gets its own landscape section.
        b.Orientation(landscape: plan.Count > 0);
        b.Numbered(1, t["Section.Plan"]);
        if (plan.Count == 0)
        {
            b.Note(t["Plan.None"]);
            return;
        }
        b.Table(t["Table.Plan"],
            [t["Col.No"], t["Col.Measure"], t["Col.Action"], t["Col.Responsible"], t["Col.Executor"], t["Col.Deadline"], t["Col.Effect"]],
            plan.Select(p => (IReadOnlyList<string>)[
                p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Measure, p.Action, p.ResponsibleAgency,
                p.Executor, p.Deadline, p.ExpectedEffect]),
            1, 4, 7, 4, 3, 3, 5);
    }

    private static void Annexes(LayoutBuilder b, IReadOnlyList<ReportAnnex> annexes)
    {
        var t = b.Texts;
        b.Orientation(landscape: false);
        b.Unnumbered(1, t["Section.Annexes"]);
        if (annexes.Count == 0) b.Note(t["Annexes.None"]);
        for (var i = 0; i < annexes.Count; i++)
        {
            b.Unnumbered(2, t.Format("Annex.Title", i + 1, annexes[i].Title));
            if (!string.IsNullOrWhiteSpace(annexes[i].Text)) b.Paragraph(annexes[i].Text!);
        }
    }
}
