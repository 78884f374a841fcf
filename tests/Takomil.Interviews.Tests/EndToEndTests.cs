using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Interviews.Tests;

/// <summary>The shipped dialogs, answered in several languages, bound to the model, checked field by field.</summary>
public sealed class EndToEndTests
{
    private static readonly ScriptLibrary Library = ScriptLibrary.Load(TestScripts.DialogsFolder);
    private static readonly Dictionary<string, string> Context = new() { ["service"] = "Qurilish litsenziyasi", ["inspection_year"] = "2026" };
    private readonly ModelFixture _model = new();
    private readonly Guid _official = Guid.NewGuid();

    [Fact]
    public void P11Scripts_ScriptedAnswers_FillEveryFactSection()
    {
        Run("p11-legal-acts", "uz-Latn", "Vazirlar Mahkamasining qarori", "PQ-184", "02.06.2016", "3, 7, 11", "ha",
            "Adliya vazirligining buyrugʻi", "2345", "2012-05-10", "12", "yoʻq");
        Run("p11-agencies", "ru", "Министерство строительства", "1", "Отдел лицензирования; Канцелярия", "да",
            "Хокимият", "участвует", "Архитектурный отдел", "нет");
        Run("p11-cost-terms", "en", "10 working days", "no", "State duty", "340 000 so'm", "2", "yes", "License form", "1,5 mln", "", "no",
            "1, 3", "before applying", "5");
        Run("p11-recipients", "uz-Cyrl", "2", "Қурилиш ташкилотлари", "йўқ");
        Run("p11-input-documents", "en", "Application", "Applicant", "no", Files("application.docx"), "yes",
            "Cadastral passport", "Cadastre agency", "yes", "Davreestr", Files("cadastre.pdf"), "no");
        Run("p11-output-documents", "en", "Licence", "Ministry of Construction", Files("licence.pdf"), "no");
        Run("p11-systems", "ru", "да", "Единый портал", "Мининфоком", "Davreestr, MyGov", "нет");
        Run("p11-statistics", "en", "1 200", "300", "40", "9,5", "1500", "600", "30", "8", "2 000", "1 000", "20", "7.5");
        Run("p11-practice", "uz-Latn", "Arizalar asosan qogʻozda qabul qilinadi.", "ha", "PQ-184, 7-band", "Muddat buziladi", "ha", "yoʻq");
        Run("p11-appeals", "en", "25", "Delays", "20", "yes", "Rude staff", "5", "no");

        var f = _model.Facts;
        Assert.Equal(2, f.LegalActs.Count);
        var act = f.LegalActs[0];
        Assert.Equal(("Vazirlar Mahkamasining qarori", "PQ-184", new DateOnly(2016, 6, 2)), (act.Title, act.Number, act.AdoptedOn));
        Assert.Equal(["3", "7", "11"], act.Articles);
        Assert.Equal(ProvenanceSource.Interview, act.Provenance.Source);
        Assert.Equal(_official, act.Provenance.OfficialId);
        Assert.Equal("Adliya vazirligining buyrugʻi", f.LegalActs[1].Title);

        Assert.Equal(2, f.Agencies.Count);
        Assert.Equal(("Министерство строительства", AgencyParticipation.Provider), (f.Agencies[0].Name, f.Agencies[0].Role));
        Assert.Equal(["Отдел лицензирования", "Канцелярия"], f.Agencies[0].Units);
        Assert.Equal(AgencyParticipation.Participant, f.Agencies[1].Role);

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
        Assert.Equal((true, "Davreestr"), (f.InputDocuments[1].HeldByState, f.InputDocuments[1].HoldingSystem));
        Assert.Equal(("Licence", "Ministry of Construction", "https://files/licence.pdf"),
            (f.OutputDocuments[0].Name, f.OutputDocuments[0].Issuer, f.OutputDocuments[0].SampleFileRef));

        var system = Assert.Single(f.InformationSystems);
        Assert.Equal(("Единый портал", "Мининфоком"), (system.Name, system.Owner));
        Assert.Equal(["Davreestr", "MyGov"], system.Integrations);

        Assert.Equal([2023, 2024, 2025], f.Statistics.Select(s => s.Year));
        Assert.Equal((1200L, 300L, 40L, 9.5m), (f.Statistics[0].Applications, f.Statistics[0].ElectronicApplications, f.Statistics[0].Refusals, f.Statistics[0].AverageDays));
        Assert.Equal((2000L, 1000L, 20L, 7.5m), (f.Statistics[2].Applications, f.Statistics[2].ElectronicApplications, f.Statistics[2].Refusals, f.Statistics[2].AverageDays));

        Assert.Equal("Arizalar asosan qogʻozda qabul qilinadi.", f.PracticeAnalysis!.Summary);
        var finding = Assert.Single(f.PracticeAnalysis.Findings);
        Assert.Equal(("PQ-184, 7-band", "Muddat buziladi", true), (finding.LegalActReference, finding.Observation, finding.DeviatesFromLaw));

        Assert.Equal(25, f.Appeals!.Count);
        Assert.Equal([("Delays", 20L), ("Rude staff", 5L)], f.Appeals.Topics.Select(t => (t.Topic, t.Count)));

        Assert.True(f.Completeness().IsComplete, string.Join(", ", f.Completeness().AllMissing));
    }

    [Fact]
    public void P13Script_TwoStepsWithDecision_BuildsTheAsIsModel()
    {
        Run("p13-procedures", "uz-Latn",
            "", // intro note
            "ha", "Ariza", "ha", "Litsenziya", "yoʻq", // documents
            "ha", "Yagona portal", "yoʻq", // systems
            // step 1
            "Arizani qabul qilish", "1", "Yagona portal", "electronic", "yoʻq", "1", "", "1", "24 soat", "", "yoʻq", "", "ha",
            // step 2
            "Arizani koʻrib chiqish", "agency", "Qurilish vazirligi", "Bosh mutaxassis", "1", "ha", "Ariza", "Litsenziya", "", "5 ish kuni",
            "340 000 soʻm", "1", "ha", "Litsenziya berilsinmi?", "Hujjatlar toʻliq\nTalablarga mos", "Hujjatlar yetarli emas", "Qogʻozda tekshiriladi", "yoʻq");

        var model = _model.AsIs;
        Assert.Equal(["p1", "p2"], model.Procedures.Select(p => p.Key));
        var p1 = model.Procedures[0];
        Assert.Equal("Arizani qabul qilish", p1.Title);
        Assert.Equal(new Participant(ParticipantKind.Applicant, "Yagona portal"), p1.Lane);
        Assert.Equal(string.Empty, p1.PerformerRole);
        Assert.Equal(ProcedureKind.Electronic, p1.Kind);
        Assert.Equal(["Ariza"], p1.InputDocuments);
        Assert.Empty(p1.OutputDocuments);
        Assert.Equal(["Yagona portal"], p1.InformationSystems);
        Assert.Equal(new TimeLimit(24, TimeUnit.Hours), p1.TimeLimit);
        Assert.Equal(0m, p1.Cost!.Uzs);
        Assert.Empty(p1.Predecessors);
        Assert.Null(p1.Decision);

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
    public void P24Script_FormsAndContact_BindsSamplesAndKeepsUnboundFiles()
    {
        var script = Library.Find("p24-materials")!;
        var engine = TestScripts.Engine(script);
        var state = engine.Start(Context);
        state = engine.Say(state, "");
        state = engine.Say(state, "yes");
        state = engine.Say(state, "Qaror 184");
        state = engine.Say(state, "184");
        state = Attach(engine, state, "qaror.pdf");
        state = engine.Say(state, "no");
        state = engine.Say(state, "yes");
        state = engine.Say(state, "Ariza shakli");
        state = Attach(engine, state, "ariza.docx");
        state = engine.Say(state, "no");
        state = engine.Skip(state, "en").State;
        var step = engine.Answer(state, new AnswerInput("<at>Ali</at>", [new PersonRef("Ali Valiyev", "29:abc", "ali@gov.uz")], []), "en");
        Assert.True(step.Accepted);
        state = TestScripts.RoundTrip(step.State);
        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));
        state = engine.Confirm(state, "en").State;

        var values = engine.Values(state);
        Assert.Contains(values, v => v.Path == "answers.acts[0].act_file" && v.Value is FileRef[] { Length: 1 });
        Assert.Contains(values, v => v.Path == "answers.contact" && v.Value is PersonRef[] people && people.Single().Email == "ali@gov.uz");
        var result = _model.Bind(values, _official);
        Assert.True(result.Outcome.IsSuccess, result.Outcome.ToString());
        Assert.Equal(("Ariza shakli", "https://files/ariza.docx"), (_model.Facts.InputDocuments[0].Name, _model.Facts.InputDocuments[0].SampleFileRef));
        Assert.Equal(("Qaror 184", "184"), (_model.Facts.LegalActs[0].Title, _model.Facts.LegalActs[0].Number));
    }

    private static InterviewState Attach(InterviewEngine engine, InterviewState state, string name)
    {
        var step = engine.Answer(state, new AnswerInput(null, [], [new FileRef(name, "https://files/" + name, "application/octet-stream")]), "en");
        Assert.True(step.Accepted, step.Reason);
        return TestScripts.RoundTrip(step.State);
    }

    private static FileRef Files(string name) => new FileRef(name, "https://files/" + name, "application/octet-stream");

    /// <summary>Answers every question in order (a FileRef attaches), confirms, and binds the values.</summary>
    private void Run(string id, string language, params object[] answers)
    {
        var script = Library.Find(id) ?? throw new InvalidOperationException(id);
        var engine = TestScripts.Engine(script);
        var state = TestScripts.RoundTrip(engine.Start(Context));
        foreach (var answer in answers)
        {
            var input = answer is FileRef file ? new AnswerInput(null, [], [file]) : AnswerInput.FromText((string)answer);
            var step = engine.Answer(state, input, language);
            Assert.True(step.Accepted, $"{id}: '{answer}' refused at {engine.Current(state, language)?.Name}: {step.Reason}");
            state = TestScripts.RoundTrip(step.State);
        }
        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));
        var confirmed = engine.Confirm(state, language);
        Assert.True(confirmed.Accepted, confirmed.Reason);
        var result = _model.Bind(engine.Values(TestScripts.RoundTrip(confirmed.State)), _official, id);
        Assert.True(result.Outcome.IsSuccess, $"{id}: {result.Outcome}");
        Assert.Empty(result.Conflicts);
    }
}
