using Takomil.Domain.Common;

namespace Takomil.Domain.Facts;

/// <summary>
/// When a section of p. 11 counts as established. Paths name the missing field the way the bot's cards
/// address it ("legalActs[0].number"); the arguments carry the section and the item id.
/// </summary>
internal static class FactsCompletenessRules
{
    public static FactsCompleteness Evaluate(FactSheet sheet) => new(
    [
        Section(FactSection.LegalActs, m => LegalActs(sheet, m)),
        Section(FactSection.Agencies, m => Agencies(sheet, m)),
        Section(FactSection.CostAndTerms, m => Cost(sheet, m)),
        Section(FactSection.Recipients, m => NonEmpty(sheet.Recipients, "recipients", m)),
        Section(FactSection.InputDocuments, m => Documents(sheet.InputDocuments, "inputDocuments", requireIssuer: true, m)),
        Section(FactSection.OutputDocuments, m => Documents(sheet.OutputDocuments, "outputDocuments", requireIssuer: false, m)),
        Section(FactSection.InformationSystems, m => Systems(sheet, m)),
        Section(FactSection.Statistics, m => Statistics(sheet, m)),
        Section(FactSection.PracticeAnalysis, m => Practice(sheet, m)),
        Section(FactSection.Appeals, m => Appeals(sheet, m)),
    ]);

    private static SectionCompleteness Section(FactSection section, Action<Missing> rule)
    {
        var missing = new Missing(section);
        rule(missing);
        return new SectionCompleteness(section, missing.Items);
    }

    private static void LegalActs(FactSheet sheet, Missing m)
    {
        if (!NonEmpty(sheet.LegalActs, "legalActs", m)) return;
        for (var i = 0; i < sheet.LegalActs.Count; i++)
        {
            var act = sheet.LegalActs[i];
            var path = $"legalActs[{i}]";
            m.IfBlank(act.Title, $"{path}.title", act.Id);
            m.IfBlank(act.Number, $"{path}.number", act.Id);
            if (act.AdoptedOn is null) m.Add($"{path}.adoptedOn", act.Id);
            if (act.Articles.Count == 0 || act.Articles.All(string.IsNullOrWhiteSpace)) m.Add($"{path}.articles", act.Id);
        }
    }

    private static void Agencies(FactSheet sheet, Missing m)
    {
        if (!NonEmpty(sheet.Agencies, "agencies", m)) return;
        if (!sheet.Agencies.Any(a => a.Role == AgencyParticipation.Provider)) m.Add("agencies[role=Provider]", null);
        for (var i = 0; i < sheet.Agencies.Count; i++)
        {
            var agency = sheet.Agencies[i];
            m.IfBlank(agency.Name, $"agencies[{i}].name", agency.Id);
            if (agency.Units.Count == 0) m.Add($"agencies[{i}].units", agency.Id);
        }
    }

    private static void Cost(FactSheet sheet, Missing m)
    {
        var cost = sheet.CostAndTerms;
        if (cost is null)
        {
            m.Add("costAndTerms", null);
            return;
        }
        if (cost.TimeLimit is not { IsValid: true }) m.Add("costAndTerms.timeLimit", null);
        if (cost.IsFree) return;
        if (cost.Fees.Count == 0) m.Add("costAndTerms.fees", null);
        for (var i = 0; i < cost.Fees.Count; i++)
        {
            m.IfBlank(cost.Fees[i].Purpose, $"costAndTerms.fees[{i}].purpose", null);
            if (!cost.Fees[i].Amount.IsKnown) m.Add($"costAndTerms.fees[{i}].amount", null);
        }
        if (cost.PaymentMethods.Count == 0) m.Add("costAndTerms.paymentMethods", null);
        if (cost.PaymentDue is null) m.Add("costAndTerms.paymentDue", null);
    }

    private static void Documents(IReadOnlyList<DocumentFact> documents, string name, bool requireIssuer, Missing m)
    {
        if (!NonEmpty(documents, name, m)) return;
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var path = $"{name}[{i}]";
            m.IfBlank(doc.Name, $"{path}.name", doc.Id);
            if (requireIssuer) m.IfBlank(doc.Issuer, $"{path}.issuer", doc.Id);
            if (doc.HeldByState) m.IfBlank(doc.HoldingSystem, $"{path}.holdingSystem", doc.Id);
            m.IfBlank(doc.SampleFileRef, $"{path}.sampleFileRef", doc.Id);
        }
    }

    private static void Systems(FactSheet sheet, Missing m)
    {
        if (sheet.InformationSystems.Count == 0)
        {
            if (sheet.NoInformationSystemsConfirmed is null) m.Add("informationSystems", null);
            return;
        }
        for (var i = 0; i < sheet.InformationSystems.Count; i++)
        {
            var system = sheet.InformationSystems[i];
            m.IfBlank(system.Name, $"informationSystems[{i}].name", system.Id);
            m.IfBlank(system.Owner, $"informationSystems[{i}].owner", system.Id);
        }
    }

    private static void Statistics(FactSheet sheet, Missing m)
    {
        foreach (var year in sheet.StatisticsYearsDue)
        {
            if (!sheet.Statistics.Any(s => s.Year == year))
            {
                m.Add($"statistics[year={year}]", null, ReasonCodes.FactStatisticsYearMissing, ("year", year));
            }
        }
    }

    private static void Practice(FactSheet sheet, Missing m)
    {
        if (sheet.PracticeAnalysis is null) m.Add("practiceAnalysis", null);
        else m.IfBlank(sheet.PracticeAnalysis.Summary, "practiceAnalysis.summary", null);
    }

    private static void Appeals(FactSheet sheet, Missing m)
    {
        if (sheet.Appeals is null) m.Add("appeals", null);
        else if (sheet.Appeals.Count > 0 && sheet.Appeals.Topics.Count == 0) m.Add("appeals.topics", null);
    }

    private static bool NonEmpty<T>(IReadOnlyList<T> items, string path, Missing m)
    {
        if (items.Count > 0) return true;
        m.Add(path, null);
        return false;
    }

    private sealed class Missing(FactSection section)
    {
        public List<Refusal> Items { get; } = [];

        public void IfBlank(string? value, string path, Guid? itemId)
        {
            if (string.IsNullOrWhiteSpace(value)) Add(path, itemId);
        }

        public void Add(string path, Guid? itemId, string code = ReasonCodes.FactMissing, params (string, object?)[] extra)
        {
            var args = new List<(string, object?)> { ("section", section), ("path", path) };
            if (itemId is not null) args.Add(("itemId", itemId));
            args.AddRange(extra);
            Items.Add(Refusal.Of(code, [.. args]));
        }
    }
}
