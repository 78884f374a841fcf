using Takomil.Domain.Facts;

namespace Takomil.Reports.Layout;

/// <summary>Section 2: the ten facts of p. 11, each under its own numbered heading, in the Regulation's order.</summary>
internal static class FactsLayout
{
    public static void Add(LayoutBuilder b, ReportFormat f, FactSheet facts)
    {
        var t = b.Texts;
        b.Numbered(1, t["Section.Facts"]);

        b.Numbered(2, t["Fact.LegalActs"]);
        TableOrNote(b, facts.LegalActs,
            [t["Col.No"], t["Col.Title"], t["Col.Number"], t["Col.Adopted"], t["Col.Articles"]],
            (a, i) => [Num(i), a.Title, ReportFormat.Dash(a.Number), ReportFormat.Date(a.AdoptedOn), ReportFormat.List(a.Articles)],
            1, 9, 2, 3, 4);

        b.Numbered(2, t["Fact.Agencies"]);
        TableOrNote(b, facts.Agencies,
            [t["Col.No"], t["Col.Agency"], t["Col.Participation"], t["Col.Units"]],
            (a, i) => [Num(i), a.Name, f.Participation(a.Role), ReportFormat.List(a.Units)],
            1, 7, 4, 7);

        b.Numbered(2, t["Fact.CostAndTerms"]);
        CostAndTerms(b, f, facts.CostAndTerms);

        b.Numbered(2, t["Fact.Recipients"]);
        if (facts.Recipients.Count == 0) b.Note(t["Fact.None"]);
        foreach (var r in facts.Recipients)
        {
            var text = f.Recipient(r.Category);
            b.Paragraph(string.IsNullOrWhiteSpace(r.Description) ? text : text + ": " + r.Description, ParagraphRole.Bullet);
        }

        b.Numbered(2, t["Fact.InputDocuments"]);
        Documents(b, f, facts.InputDocuments);

        b.Numbered(2, t["Fact.OutputDocuments"]);
        Documents(b, f, facts.OutputDocuments);

        b.Numbered(2, t["Fact.InformationSystems"]);
        if (facts.InformationSystems.Count == 0 && facts.NoInformationSystemsConfirmed is not null)
        {
            b.Note(t["Fact.NoSystemsConfirmed"]);
        }
        else
        {
            TableOrNote(b, facts.InformationSystems,
                [t["Col.No"], t["Col.System"], t["Col.Owner"], t["Col.Integrations"]],
                (s, i) => [Num(i), s.Name, ReportFormat.Dash(s.Owner), ReportFormat.List(s.Integrations)],
                1, 6, 5, 7);
        }

        b.Numbered(2, t["Fact.Statistics"]);
        Statistics(b, f, facts);

        b.Numbered(2, t["Fact.Practice"]);
        if (facts.PracticeAnalysis is { } practice)
        {
            if (!string.IsNullOrWhiteSpace(practice.Summary)) b.Paragraph(practice.Summary);
            if (practice.Findings.Count > 0)
            {
                b.Table(null, [t["Col.No"], t["Col.Reference"], t["Col.Observation"], t["Col.Deviates"]],
                    practice.Findings.Select((p, i) => (IReadOnlyList<string>)[Num(i), p.LegalActReference, p.Observation, f.YesNo(p.DeviatesFromLaw)]),
                    1, 5, 10, 3);
            }
        }
        else
        {
            b.Note(t["Fact.None"]);
        }

        b.Numbered(2, t["Fact.Appeals"]);
        if (facts.Appeals is { } appeals)
        {
            b.Paragraph(t.Format("Appeals.Count", f.Count(appeals.Count)));
            if (appeals.Topics.Count > 0)
            {
                b.Table(null, [t["Col.No"], t["Col.Topic"], t["Col.Count"]],
                    appeals.Topics.Select((a, i) => (IReadOnlyList<string>)[Num(i), a.Topic, f.Count(a.Count)]),
                    1, 12, 3);
            }
        }
        else
        {
            b.Note(t["Fact.None"]);
        }
    }

    private static void CostAndTerms(LayoutBuilder b, ReportFormat f, CostAndTerms? cost)
    {
        var t = b.Texts;
        if (cost is null)
        {
            b.Note(t["Fact.None"]);
            return;
        }
        b.Paragraph(t[cost.IsFree ? "Cost.Free" : "Cost.Paid"]);
        if (cost.Fees.Count > 0)
        {
            b.Table(null, [t["Col.No"], t["Col.Purpose"], t["Col.Amount"]],
                cost.Fees.Select((fee, i) => (IReadOnlyList<string>)[Num(i), fee.Purpose, f.Amount(fee.Amount)]),
                1, 10, 5);
        }
        if (cost.TimeLimit is not null) b.Paragraph(t.Format("Cost.TimeLimit", f.TimeLimit(cost.TimeLimit)));
        if (cost.PaymentMethods.Count > 0)
        {
            b.Paragraph(t.Format("Cost.PaymentMethods", string.Join(", ", cost.PaymentMethods.Select(f.Payment))));
        }
        if (cost.PaymentDue is { } due) b.Paragraph(t.Format("Cost.PaymentDue", f.Timing(due)));
        if (cost.PaymentWithinDays is { } days) b.Paragraph(t.Format("Cost.PaymentWithin", days));
    }

    private static void Documents(LayoutBuilder b, ReportFormat f, IReadOnlyList<DocumentFact> documents)
    {
        var t = b.Texts;
        TableOrNote(b, documents,
            [t["Col.No"], t["Col.Document"], t["Col.Issuer"], t["Col.HeldByState"], t["Col.HoldingSystem"]],
            (d, i) => [Num(i), d.Name, ReportFormat.Dash(d.Issuer), f.YesNo(d.HeldByState), ReportFormat.Dash(d.HoldingSystem)],
            1, 7, 5, 3, 4);
    }

    private static void Statistics(LayoutBuilder b, ReportFormat f, FactSheet facts)
    {
        var t = b.Texts;
        if (facts.Statistics.Count > 0)
        {
            b.Table(null,
                [t["Col.Year"], t["Col.Applications"], t["Col.Electronic"], t["Col.ElectronicShare"], t["Col.Refusals"], t["Col.AverageDays"]],
                facts.Statistics.Select(s => (IReadOnlyList<string>)[
                    s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Count(s.Applications),
                    f.Count(s.ElectronicApplications), f.Percent(s.ElectronicShare), f.Count(s.Refusals), f.Number(s.AverageDays)]),
                2, 3, 3, 3, 3, 3);
        }
        var missing = facts.StatisticsYearsDue.Where(y => facts.Statistics.All(s => s.Year != y)).ToList();
        if (missing.Count > 0) b.Note(t.Format("Stats.Missing", string.Join(", ", missing)));
    }

    private static void TableOrNote<T>(
        LayoutBuilder b, IReadOnlyList<T> items, IReadOnlyList<string> header, Func<T, int, IReadOnlyList<string>> row, params int[] widths)
    {
        if (items.Count == 0)
        {
            b.Note(b.Texts["Fact.None"]);
            return;
        }
        b.Table(null, header, items.Select(row), widths);
    }

    internal static string Num(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
