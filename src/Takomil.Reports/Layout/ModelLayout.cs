using Takomil.Domain.Models;
using Takomil.Reports.Content;

namespace Takomil.Reports.Layout;

/// <summary>
/// Sections 3 and 6: a process model as p. 12–13 asks for it — the scheme, the numbered procedures and a text
/// description of every procedure (documents, systems, order, decision criteria).
/// </summary>
internal static class ModelLayout
{
    public static void Add(LayoutBuilder b, ReportFormat f, ReportModel model, string tableCaption)
    {
        var t = b.Texts;
        if (!string.IsNullOrWhiteSpace(model.Justification))
        {
            b.Numbered(2, t["Model.Justification"]);
            b.Paragraph(model.Justification);
        }

        b.Numbered(2, t["Model.Diagram"]);
        if (model.Diagram is null) b.Note(t["Fact.None"]);
        b.Figure(model.Diagram);

        b.Numbered(2, t["Model.Procedures"]);
        if (model.Procedures.Count == 0)
        {
            b.Note(t["Model.None"]);
            return;
        }
        b.Table(tableCaption,
            [t["Col.No"], t["Col.Procedure"], t["Col.Participant"], t["Col.Method"], t["Col.TimeLimit"], t["Col.Results"]],
            model.Procedures.Select((p, i) => (IReadOnlyList<string>)[
                FactsLayout.Num(i), p.Title, p.Lane.Name, f.Kind(p.Kind), f.TimeLimit(p.TimeLimit), ReportFormat.List(p.OutputDocuments)]),
            1, 6, 4, 4, 3, 5);

        b.Numbered(2, t["Model.Descriptions"]);
        var numbers = model.Procedures.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i + 1);
        foreach (var p in model.Procedures)
        {
            b.Numbered(3, p.Title);
            Describe(b, f, model, p, numbers);
        }
    }

    private static void Describe(LayoutBuilder b, ReportFormat f, ReportModel model, Procedure p, Dictionary<string, int> numbers)
    {
        var t = b.Texts;
        var description = model.DescriptionOf(p);
        if (!string.IsNullOrWhiteSpace(description)) b.Paragraph(description);
        var performer = string.IsNullOrWhiteSpace(p.PerformerRole) ? p.Lane.Name : p.Lane.Name + " (" + p.PerformerRole + ")";
        b.Paragraph(t.Format("Model.Performer", performer), ParagraphRole.Bullet);
        if (p.InputDocuments.Count > 0) b.Paragraph(t.Format("Model.Inputs", ReportFormat.List(p.InputDocuments)), ParagraphRole.Bullet);
        if (p.OutputDocuments.Count > 0) b.Paragraph(t.Format("Model.Outputs", ReportFormat.List(p.OutputDocuments)), ParagraphRole.Bullet);
        if (p.InformationSystems.Count > 0) b.Paragraph(t.Format("Model.Systems", ReportFormat.List(p.InformationSystems)), ParagraphRole.Bullet);
        if (p.Predecessors.Count > 0)
        {
            var after = p.Predecessors.Select(k => numbers.TryGetValue(k, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : k);
            b.Paragraph(t.Format("Model.After", string.Join(", ", after)), ParagraphRole.Bullet);
        }
        if (p.Decision is { } decision)
        {
            b.Paragraph(t.Format("Model.Decision", decision.Question), ParagraphRole.Bullet);
            if (decision.GrantCriteria.Count > 0) b.Paragraph(t.Format("Model.Grant", ReportFormat.List(decision.GrantCriteria)), ParagraphRole.Bullet);
            if (decision.RefusalCriteria.Count > 0) b.Paragraph(t.Format("Model.Refuse", ReportFormat.List(decision.RefusalCriteria)), ParagraphRole.Bullet);
        }
        if (p.Measures.Count > 0)
        {
            b.Paragraph(t.Format("Model.MeasuresApplied", string.Join(", ", p.Measures.Select(f.Letter))), ParagraphRole.Bullet);
        }
    }
}
