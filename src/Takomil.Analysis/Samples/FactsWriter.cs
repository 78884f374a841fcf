using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;

namespace Takomil.Analysis.Samples;

/// <summary>Writes a sample's facts into a fact sheet through its public API; stops at the first refusal.</summary>
internal static class FactsWriter
{
    public static Outcome Fill(FactSheet sheet, Actor actor, SampleFactsDto? facts, ModelSample sample, DateTimeOffset at)
    {
        if (facts is null) return Outcome.Success;
        var row = 0;
        Provenance Next() => Provenance.FromImport(actor.OfficialId, sample.FileName, ++row, at);
        var steps = new List<Func<Outcome>>();

        foreach (var (a, i) in (facts.LegalActs ?? []).Select((a, i) => (a, i)))
        {
            steps.Add(() => sheet.Put(actor, new LegalAct(sample.IdFor("legalActs", i), a.Title, a.Number, a.AdoptedOn, a.Articles ?? [], Next())));
        }
        foreach (var (a, i) in (facts.Agencies ?? []).Select((a, i) => (a, i)))
        {
            steps.Add(() => sheet.Put(actor, new ParticipatingAgency(sample.IdFor("agencies", i), null, a.Name, a.Role, a.Units ?? [], Next())));
        }
        if (facts.CostAndTerms is { } c)
        {
            steps.Add(() => sheet.Set(actor, new CostAndTerms(
                c.IsFree, [.. (c.Fees ?? []).Select(f => new Fee(f.Purpose, new Amount(f.Uzs, f.BhmMultiple)))], c.TimeLimit,
                c.PaymentMethods ?? [], c.PaymentDue, c.PaymentWithinDays, Next())));
        }
        foreach (var (r, i) in (facts.Recipients ?? []).Select((r, i) => (r, i)))
        {
            steps.Add(() => sheet.Put(actor, new RecipientFact(sample.IdFor("recipients", i), r.Category, r.Description, Next())));
        }
        foreach (var (d, i) in (facts.InputDocuments ?? []).Select((d, i) => (d, i)))
        {
            steps.Add(() => sheet.PutInput(actor, Document(sample.IdFor("inputDocuments", i), d, Next())));
        }
        foreach (var (d, i) in (facts.OutputDocuments ?? []).Select((d, i) => (d, i)))
        {
            steps.Add(() => sheet.PutOutput(actor, Document(sample.IdFor("outputDocuments", i), d, Next())));
        }
        foreach (var (s, i) in (facts.InformationSystems ?? []).Select((s, i) => (s, i)))
        {
            steps.Add(() => sheet.Put(actor, new InformationSystemFact(sample.IdFor("informationSystems", i), s.Name, s.Owner, s.Integrations ?? [], Next())));
        }
        foreach (var y in facts.Statistics ?? [])
        {
            steps.Add(() => sheet.Put(actor, new YearStatistics(y.Year, y.Applications, y.ElectronicApplications, y.Refusals, y.AverageDays, Next())));
        }
        if (facts.PracticeAnalysis is { } practice)
        {
            steps.Add(() => sheet.Set(actor, new PracticeAnalysis(practice.Summary, practice.Findings ?? [], Next())));
        }
        if (facts.Appeals is { } appeals)
        {
            steps.Add(() => sheet.Set(actor, new AppealsAnalysis(appeals.Count, appeals.Topics ?? [], Next())));
        }
        foreach (var step in steps)
        {
            var outcome = step();
            if (!outcome.IsSuccess) return outcome;
        }
        return Outcome.Success;
    }

    private static DocumentFact Document(Guid id, SampleDocumentDto d, Provenance provenance) =>
        new(id, d.Name, d.Issuer, d.HeldByState, d.HoldingSystem, d.SampleFileRef, provenance);
}
