using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Services;

namespace Takomil.Storage.Tests;

internal static class FactSheets
{
    public static void FillComplete(FactSheet sheet, Actor editor, Actor interviewee, World w)
    {
        var p = World.EditBy(w.Member);
        World.Ok(sheet.Put(editor, new LegalAct(Guid.NewGuid(), "Resolution 184", "184", new DateOnly(2016, 6, 2), ["11", "13"], p)));
        World.Ok(sheet.Put(editor, new ParticipatingAgency(Guid.NewGuid(), w.AgencyId, "Adliya", AgencyParticipation.Provider, ["Registry"], p)));
        World.Ok(sheet.Set(editor, new CostAndTerms(false, [new Fee("State duty", new Amount(null, 2m))], new TimeLimit(10, TimeUnit.WorkingDays),
            [PaymentMethod.BankCard, PaymentMethod.PaymentSystem], PaymentTiming.BeforeApplying, 3, p)));
        var answer = Provenance.FromInterview(w.Interviewee, "iv-1", "q.recipients", World.Now);
        World.Ok(sheet.Put(interviewee, new RecipientFact(Guid.NewGuid(), RecipientCategory.LegalEntities, "exporters", answer)));
        World.Ok(sheet.PutInput(editor, new DocumentFact(Guid.NewGuid(), "Passport", "IIV", true, "E-ID", "files/passport.pdf", p)));
        World.Ok(sheet.PutOutput(editor, new DocumentFact(Guid.NewGuid(), "Certificate", null, false, null, "files/cert.pdf", p)));
        World.Ok(sheet.ConfirmNoInformationSystems(editor, p));
        for (var year = 2022; year <= 2024; year++) World.Ok(sheet.Put(editor, new YearStatistics(year, 500, 200, 5, 6.5m, p)));
        World.Ok(sheet.Set(editor, new PracticeAnalysis("Practice differs from the act", [new PracticeFinding("184/11", "asks for copies", true)], p)));
        World.Ok(sheet.Set(editor, new AppealsAnalysis(4, [new AppealTopic("delays", 4)], p)));
    }
}
