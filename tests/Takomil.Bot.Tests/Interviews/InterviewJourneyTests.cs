using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// The shipped scripts answered in Teams: the lead asks Nigora in the working group's chat, she answers in her 1:1
/// chat by typing and through the cards, in four languages, confirms — and the inspection's fact sheet and as-is
/// model in the database hold exactly what she said, field by field, with her as the source.
/// </summary>
public sealed class InterviewJourneyTests(InspectionsHost host) : ScriptedAnswers(host)
{
    [Fact]
    public async Task P11Scripts_AnsweredInChat_FillEveryFactSectionInTheDatabase()
    {
        var chat = Chat.Group("journey-p11");
        await InspectingAsync(chat, "DXA-001");
        var nigora = Person.Nigora;

        var thanks = await RunAsync(chat, nigora, "legal", "uz-Latn", "Vazirlar Mahkamasining qarori", "PQ-184", "02.06.2016", "3, 7, 11", "ha",
            "Adliya vazirligining buyrugʻi", "2345", "2012-05-10", "12", "yoʻq");
        Assert.Contains("Rahmat!", thanks, StringComparison.Ordinal);
        await RunAsync(chat, nigora, "agencies", "ru", "Министерство строительства", "1", "Отдел лицензирования; Канцелярия", "да",
            "Хокимият", "участвует", "Архитектурный отдел", "нет");
        await RunAsync(chat, nigora, "cost", "en", "10 working days", "no", "State duty", "340 000 so'm", "2", "yes", "License form", "1,5 mln", "", "no",
            "1, 3", "before applying", "5");
        await RunAsync(chat, nigora, "recipients", "uz-Cyrl", "2", "Қурилиш ташкилотлари", "йўқ");
        await RunAsync(chat, nigora, "input", "en", "Application", "Applicant", "no", new FileAnswer("application.docx"), "yes",
            "Cadastral passport", "Cadastre agency", "yes", "Davreestr", new FileAnswer("cadastre.pdf"), "no");
        await RunAsync(chat, nigora, "output", "en", "Licence", "Ministry of Construction", new FileAnswer("licence.pdf"), "no");
        await RunAsync(chat, nigora, "systems", "ru", "да", "Единый портал", "Мининфоком", "Davreestr, MyGov", "нет");
        await RunAsync(chat, nigora, "statistics", "en", "1 200", "300", "40", "9,5", "1500", "600", "30", "8", "2 000", "1 000", "20", "7.5");
        await RunAsync(chat, nigora, "practice", "uz-Latn", "Arizalar asosan qogʻozda qabul qilinadi.", "ha", "PQ-184, 7-band", "Muddat buziladi", "ha", "yoʻq");
        var last = await RunAsync(chat, nigora, "appeals", "en", "25", "Delays", "20", "yes", "Rude staff", "5", "no");
        Assert.Contains("Thank you!", last, StringComparison.Ordinal);

        var sessions = await SessionsOfAsync(nigora, "DXA-001");
        Assert.Equal(10, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(InterviewSessionStatus.Confirmed, s.Status));
        var nigoraId = sessions[0].IntervieweeId;
        var f = (await ModelOfAsync("DXA-001")).Facts!;

        Assert.Equal(2, f.LegalActs.Count);
        var act = f.LegalActs[0];
        Assert.Equal(("Vazirlar Mahkamasining qarori", "PQ-184", new DateOnly(2016, 6, 2)), (act.Title, act.Number, act.AdoptedOn));
        Assert.Equal(["3", "7", "11"], act.Articles);
        Assert.Equal(ProvenanceSource.Interview, act.Provenance.Source);
        Assert.Equal(nigoraId, act.Provenance.OfficialId);
        Assert.Equal(sessions[0].Id.ToString(), act.Provenance.InterviewId);
        Assert.Equal(("Adliya vazirligining buyrugʻi", "2345", new DateOnly(2012, 5, 10)), (f.LegalActs[1].Title, f.LegalActs[1].Number, f.LegalActs[1].AdoptedOn));

        Assert.Equal(2, f.Agencies.Count);
        Assert.Equal(("Министерство строительства", AgencyParticipation.Provider), (f.Agencies[0].Name, f.Agencies[0].Role));
        Assert.Equal(["Отдел лицензирования", "Канцелярия"], f.Agencies[0].Units);
        Assert.Equal(("Хокимият", AgencyParticipation.Participant), (f.Agencies[1].Name, f.Agencies[1].Role));
        Assert.Equal(["Архитектурный отдел"], f.Agencies[1].Units);

        var cost = f.CostAndTerms!;
        Assert.False(cost.IsFree);
        Assert.Equal(new TimeLimit(10, TimeUnit.WorkingDays), cost.TimeLimit);
        Assert.Equal(2, cost.Fees.Count);
        Assert.Equal(("State duty", 340_000m, 2m), (cost.Fees[0].Purpose, cost.Fees[0].Amount.Uzs, cost.Fees[0].Amount.BhmMultiple));
        Assert.Equal(("License form", 1_500_000m, (decimal?)null), (cost.Fees[1].Purpose, cost.Fees[1].Amount.Uzs, cost.Fees[1].Amount.BhmMultiple));
        Assert.Equal([PaymentMethod.Cash, PaymentMethod.BankCard], cost.PaymentMethods);
        Assert.Equal(PaymentTiming.BeforeApplying, cost.PaymentDue);
        Assert.Equal(5, cost.PaymentWithinDays);

        var recipient = Assert.Single(f.Recipients);
        Assert.Equal((RecipientCategory.LegalEntities, "Қурилиш ташкилотлари"), (recipient.Category, recipient.Description));

        Assert.Equal(2, f.InputDocuments.Count);
        Assert.Equal(("Application", "Applicant", false, (string?)null, "https://files/application.docx"),
            (f.InputDocuments[0].Name, f.InputDocuments[0].Issuer, f.InputDocuments[0].HeldByState, f.InputDocuments[0].HoldingSystem, f.InputDocuments[0].SampleFileRef));
        Assert.Equal(("Cadastral passport", "Cadastre agency", true, "Davreestr", "https://files/cadastre.pdf"),
            (f.InputDocuments[1].Name, f.InputDocuments[1].Issuer, f.InputDocuments[1].HeldByState, f.InputDocuments[1].HoldingSystem, f.InputDocuments[1].SampleFileRef));
        var output = Assert.Single(f.OutputDocuments);
        Assert.Equal(("Licence", "Ministry of Construction", "https://files/licence.pdf"), (output.Name, output.Issuer, output.SampleFileRef));

        var system = Assert.Single(f.InformationSystems);
        Assert.Equal(("Единый портал", "Мининфоком"), (system.Name, system.Owner));
        Assert.Equal(["Davreestr", "MyGov"], system.Integrations);

        Assert.Equal([2023, 2024, 2025], f.Statistics.Select(s => s.Year));
        Assert.Equal((1200L, 300L, 40L, 9.5m), (f.Statistics[0].Applications, f.Statistics[0].ElectronicApplications, f.Statistics[0].Refusals, f.Statistics[0].AverageDays));
        Assert.Equal((1500L, 600L, 30L, 8m), (f.Statistics[1].Applications, f.Statistics[1].ElectronicApplications, f.Statistics[1].Refusals, f.Statistics[1].AverageDays));
        Assert.Equal((2000L, 1000L, 20L, 7.5m), (f.Statistics[2].Applications, f.Statistics[2].ElectronicApplications, f.Statistics[2].Refusals, f.Statistics[2].AverageDays));

        Assert.Equal("Arizalar asosan qogʻozda qabul qilinadi.", f.PracticeAnalysis!.Summary);
        var finding = Assert.Single(f.PracticeAnalysis.Findings);
        Assert.Equal(("PQ-184, 7-band", "Muddat buziladi", true), (finding.LegalActReference, finding.Observation, finding.DeviatesFromLaw));

        Assert.Equal(25, f.Appeals!.Count);
        Assert.Equal([("Delays", 20L), ("Rude staff", 5L)], f.Appeals.Topics.Select(t => (t.Topic, t.Count)));

        Assert.True(f.Completeness().IsComplete, string.Join(", ", f.Completeness().AllMissing));
    }

    [Fact]
    public async Task P13Script_AnsweredInChat_BuildsTheAsIsModelInTheDatabase()
    {
        var chat = Chat.Group("journey-p13");
        await InspectingAsync(chat, "ADL-001");

        await RunAsync(chat, Person.Nigora, "procedures", "uz-Latn",
            "", // intro note: the card's Continue button
            "ha", "Ariza", "ha", "Litsenziya", "yoʻq",
            "ha", "Yagona portal", "yoʻq",
            "Arizani qabul qilish", "1", "Yagona portal", "electronic", "yoʻq", "1", "", "1", "24 soat", "", "yoʻq", "", "ha",
            "Arizani koʻrib chiqish", "agency", "Qurilish vazirligi", "Bosh mutaxassis", "1", "ha", "Ariza", "Litsenziya", "", "5 ish kuni",
            "340 000 soʻm", "1", "ha", "Litsenziya berilsinmi?", "Hujjatlar toʻliq\nTalablarga mos", "Hujjatlar yetarli emas", "Qogʻozda tekshiriladi", "yoʻq");

        var model = (await ModelOfAsync("ADL-001")).AsIs!;
        Assert.Equal(["p1", "p2"], model.Procedures.Select(p => p.Key));
        var p1 = model.Procedures[0];
        Assert.Equal("Arizani qabul qilish", p1.Title);
        Assert.Equal(new Participant(ParticipantKind.Applicant, "Yagona portal"), p1.Lane);
        Assert.Equal(ProcedureKind.Electronic, p1.Kind);
        Assert.Equal(["Ariza"], p1.InputDocuments);
        Assert.Empty(p1.OutputDocuments);
        Assert.Equal(["Yagona portal"], p1.InformationSystems);
        Assert.Equal(new TimeLimit(24, TimeUnit.Hours), p1.TimeLimit);
        Assert.Equal(0m, p1.Cost!.Uzs);
        Assert.Empty(p1.Predecessors);
        Assert.Null(p1.Decision);
        Assert.Equal(ProvenanceSource.Interview, p1.Provenance.Source);

        var p2 = model.Procedures[1];
        Assert.Equal(("Arizani koʻrib chiqish", "Bosh mutaxassis"), (p2.Title, p2.PerformerRole));
        Assert.Equal(new Participant(ParticipantKind.Agency, "Qurilish vazirligi"), p2.Lane);
        Assert.Equal(ProcedureKind.ApplicantVisit, p2.Kind);
        Assert.Equal(["Ariza"], p2.InputDocuments);
        Assert.Equal(["Litsenziya"], p2.OutputDocuments);
        Assert.Equal(new TimeLimit(5, TimeUnit.WorkingDays), p2.TimeLimit);
        Assert.Equal(340_000m, p2.Cost!.Uzs);
        Assert.Equal(["p1"], p2.Predecessors);
        Assert.Equal("Litsenziya berilsinmi?", p2.Decision!.Question);
        Assert.Equal(["Hujjatlar toʻliq", "Talablarga mos"], p2.Decision.GrantCriteria);
        Assert.Equal(["Hujjatlar yetarli emas"], p2.Decision.RefusalCriteria);
        Assert.Equal("Qogʻozda tekshiriladi", p2.Description);
        Assert.Empty(model.Validate());
    }

    [Fact]
    public async Task P24Script_FilesAndAPersonInChat_BindSamplesAndTheContact()
    {
        var chat = Chat.Group("journey-p24");
        await InspectingAsync(chat, "IIV-001");
        await AskForInterviewAsync(chat, Person.Nigora, "materials");
        var nigora = Person.Nigora;

        await AnswerByCardAsync(nigora, null); // the intro note: Continue
        await TypeAsync(nigora, "yes");
        await TypeAsync(nigora, "Qaror 184");
        await TypeAsync(nigora, "184");
        await TypeAsync(nigora, string.Empty, attachments: Files("qaror.pdf"));
        await TypeAsync(nigora, "no");
        await TypeAsync(nigora, "yes");
        await TypeAsync(nigora, "Ariza shakli");
        await TypeAsync(nigora, string.Empty, attachments: Files("ariza.docx"));
        await TypeAsync(nigora, "no");
        await TypeAsync(nigora, "skip"); // the statistics file is optional
        var contact = Chat.PersonalOf(nigora).Say(nigora, Person.Sergey.At, "en-US", Person.Sergey);
        var summary = Visible(Assert.Single(await SendAsync(contact)));
        var done = Assert.Single(await TypeAsync(nigora, "confirm"));

        Assert.Contains("Sergey Pak", summary, StringComparison.Ordinal);
        Assert.Contains("qaror.pdf", summary, StringComparison.Ordinal);
        Assert.Contains("Thank you!", done.Text, StringComparison.Ordinal);
        var facts = (await ModelOfAsync("IIV-001")).Facts!;
        Assert.Equal(("Qaror 184", "184"), (facts.LegalActs[0].Title, facts.LegalActs[0].Number));
        Assert.Equal(("Ariza shakli", "https://files/ariza.docx"), (facts.InputDocuments[0].Name, facts.InputDocuments[0].SampleFileRef));
        var state = (await SessionsOfAsync(nigora, "IIV-001")).Single().StateJson;
        Assert.Contains("29:sergey-pak", state, StringComparison.Ordinal); // the contact as Teams named them
        Assert.Contains("https://files/qaror.pdf", state, StringComparison.Ordinal);
    }
}
