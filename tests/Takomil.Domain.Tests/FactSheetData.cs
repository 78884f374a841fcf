using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Services;

namespace Takomil.Domain.Tests;

internal static class FactSheetData
{
    public static LegalAct Act(Provenance p, string? number = "184") =>
        new(Guid.NewGuid(), "Resolution on e-services", number, new DateOnly(2016, 6, 2), ["11", "12"], p);

    public static DocumentFact Document(Provenance p, string? issuer = "Adliya", bool heldByState = false, string? system = null) =>
        new(Guid.NewGuid(), "Passport copy", issuer, heldByState, system, "files/sample-1.pdf", p);

    public static void FillComplete(FactSheet sheet, Actor actor, Provenance p, int year)
    {
        Scenario.Ok(sheet.Put(actor, Act(p)));
        Scenario.Ok(sheet.Put(actor, new ParticipatingAgency(Guid.NewGuid(), null, "Justice ministry", AgencyParticipation.Provider, ["Registry unit"], p)));
        Scenario.Ok(sheet.Set(actor, new CostAndTerms(false, [new Fee("State duty", new Amount(null, 1m))],
            new TimeLimit(15, TimeUnit.WorkingDays), [PaymentMethod.BankCard], PaymentTiming.WithApplication, null, p)));
        Scenario.Ok(sheet.Put(actor, new RecipientFact(Guid.NewGuid(), RecipientCategory.Individuals, null, p)));
        Scenario.Ok(sheet.PutInput(actor, Document(p)));
        Scenario.Ok(sheet.PutOutput(actor, Document(p, issuer: null)));
        Scenario.Ok(sheet.Put(actor, new InformationSystemFact(Guid.NewGuid(), "E-notary", "Adliya", ["Single portal"], p)));
        for (var y = year - 3; y < year; y++)
        {
            Scenario.Ok(sheet.Put(actor, new YearStatistics(y, 1000, 400, 20, 7.5m, p)));
        }
        Scenario.Ok(sheet.Set(actor, new PracticeAnalysis("Applicants bring extracts the registry already holds", [], p)));
        Scenario.Ok(sheet.Set(actor, new AppealsAnalysis(3, [new AppealTopic("delays", 3)], p)));
    }
}
