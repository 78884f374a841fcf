using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;

namespace Takomil.Domain.Tests;

public class FactsCompletenessTests
{
    private readonly Scenario _s = new Scenario().At(InspectionStage.Inspecting);

    private Provenance P => Scenario.EditBy(_s.Member);

    private Access.Actor Editor => _s.As(_s.Member);

    [Fact]
    public void Completeness_EmptySheet_EverySectionMissingWithItsPath()
    {
        var completeness = _s.Facts.Completeness();

        Assert.False(completeness.IsComplete);
        Assert.Equal(Enum.GetValues<FactSection>(), completeness.IncompleteSections);
        Assert.Equal(["legalActs"], Paths(completeness[FactSection.LegalActs]));
        Assert.Equal(["costAndTerms"], Paths(completeness[FactSection.CostAndTerms]));
        Assert.Equal(["statistics[year=2022]", "statistics[year=2023]", "statistics[year=2024]"], Paths(completeness[FactSection.Statistics]));
        Assert.All(completeness[FactSection.Statistics].Missing, m => Assert.Equal(ReasonCodes.FactStatisticsYearMissing, m.Code));
    }

    [Fact]
    public void Completeness_FullSheet_Complete()
    {
        _s.FillFacts();
        Assert.True(_s.Facts.Completeness().IsComplete);
    }

    [Fact]
    public void Completeness_LegalActWithoutNumberDateArticles_ListsEachField()
    {
        var act = new LegalAct(Guid.NewGuid(), "Law on e-government", null, null, [], P);
        Scenario.Ok(_s.Facts.Put(Editor, act));

        var section = _s.Facts.Completeness()[FactSection.LegalActs];

        Assert.Equal(["legalActs[0].number", "legalActs[0].adoptedOn", "legalActs[0].articles"], Paths(section));
        Assert.All(section.Missing, m => Assert.Equal(act.Id.ToString(), m.Args["itemId"]));
    }

    [Fact]
    public void Completeness_AgenciesWithoutProvider_Missing()
    {
        Scenario.Ok(_s.Facts.Put(Editor, new ParticipatingAgency(Guid.NewGuid(), null, "Cadastre", AgencyParticipation.Participant, [], P)));
        Assert.Equal(["agencies[role=Provider]", "agencies[0].units"], Paths(_s.Facts.Completeness()[FactSection.Agencies]));
    }

    [Fact]
    public void Completeness_FreeServiceWithTimeLimit_CompleteWithoutFees()
    {
        Scenario.Ok(_s.Facts.Set(Editor, new CostAndTerms(true, [], new TimeLimit(3, TimeUnit.WorkingDays), [], null, null, P)));
        Assert.True(_s.Facts.Completeness()[FactSection.CostAndTerms].IsComplete);
    }

    [Fact]
    public void Completeness_PaidServiceWithUnknownAmount_ListsFeePaymentFields()
    {
        Scenario.Ok(_s.Facts.Set(Editor, new CostAndTerms(false, [new Fee("duty", new Amount(null, null))], null, [], null, null, P)));
        Assert.Equal(
            ["costAndTerms.timeLimit", "costAndTerms.fees[0].amount", "costAndTerms.paymentMethods", "costAndTerms.paymentDue"],
            Paths(_s.Facts.Completeness()[FactSection.CostAndTerms]));
    }

    [Fact]
    public void Completeness_DocumentHeldByStateWithoutSystem_NeedsTheHoldingSystem()
    {
        Scenario.Ok(_s.Facts.PutInput(Editor, FactSheetData.Document(P, heldByState: true, system: null)));
        Assert.Equal(["inputDocuments[0].holdingSystem"], Paths(_s.Facts.Completeness()[FactSection.InputDocuments]));
    }

    [Fact]
    public void Completeness_NoSystemsConfirmed_SectionComplete()
    {
        Scenario.Ok(_s.Facts.ConfirmNoInformationSystems(Editor, P));
        Assert.True(_s.Facts.Completeness()[FactSection.InformationSystems].IsComplete);

        Scenario.Ok(_s.Facts.Put(Editor, new InformationSystemFact(Guid.NewGuid(), "Registry", null, [], P)));
        Assert.Equal(["informationSystems[0].owner"], Paths(_s.Facts.Completeness()[FactSection.InformationSystems]));
    }

    [Fact]
    public void Completeness_AppealsCountedWithoutTopics_Missing()
    {
        Scenario.Ok(_s.Facts.Set(Editor, new AppealsAnalysis(12, [], P)));
        Assert.Equal(["appeals.topics"], Paths(_s.Facts.Completeness()[FactSection.Appeals]));
        Scenario.Ok(_s.Facts.Set(Editor, new AppealsAnalysis(0, [], P)));
        Assert.True(_s.Facts.Completeness()[FactSection.Appeals].IsComplete);
    }

    [Fact]
    public void Completeness_PracticeAnalysisBlankSummary_Missing()
    {
        Scenario.Ok(_s.Facts.Set(Editor, new PracticeAnalysis(" ", [], P)));
        Assert.Equal(["practiceAnalysis.summary"], Paths(_s.Facts.Completeness()[FactSection.PracticeAnalysis]));
    }

    [Fact]
    public void PutStatistics_MoreElectronicThanTotal_RefusedAsInconsistent()
    {
        var outcome = _s.Facts.Put(Editor, new YearStatistics(2024, 10, 11, 0, 1, P));
        Assert.Equal(ReasonCodes.FactStatisticsInconsistent, outcome.Refusal?.Code);
        Assert.Empty(_s.Facts.Statistics);
    }

    [Fact]
    public void PutStatistics_SameYearTwice_ReplacesAndComputesShare()
    {
        Scenario.Ok(_s.Facts.Put(Editor, new YearStatistics(2024, 10, 1, 0, 1, P)));
        Scenario.Ok(_s.Facts.Put(Editor, new YearStatistics(2024, 200, 50, 4, 2, P)));
        var year = Assert.Single(_s.Facts.Statistics);
        Assert.Equal(0.25m, year.ElectronicShare);
    }

    [Fact]
    public void Put_IntervieweeOwnAnswer_StoredWithInterviewProvenance()
    {
        var answer = Provenance.FromInterview(_s.Interviewee, "iv-1", "q.recipients", Scenario.Now);
        Scenario.Ok(_s.Facts.Put(_s.As(_s.Interviewee), new RecipientFact(Guid.NewGuid(), RecipientCategory.LegalEntities, "exporters", answer)));
        var stored = Assert.Single(_s.Facts.Recipients);
        Assert.Equal(("iv-1", "q.recipients", ProvenanceSource.Interview), (stored.Provenance.InterviewId, stored.Provenance.QuestionKey, stored.Provenance.Source));
    }

    [Fact]
    public void Put_IntervieweeAsPlainEdit_RefusedAsAccessDenied()
    {
        var outcome = _s.Facts.Put(_s.As(_s.Interviewee), new RecipientFact(Guid.NewGuid(), RecipientCategory.Individuals, null, Scenario.EditBy(_s.Interviewee)));
        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void Put_IntervieweeAnsweringInSomeoneElsesName_Refused()
    {
        var forged = Provenance.FromInterview(_s.Member, "iv-1", "q.recipients", Scenario.Now);
        var outcome = _s.Facts.Put(_s.As(_s.Interviewee), new RecipientFact(Guid.NewGuid(), RecipientCategory.Individuals, null, forged));
        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void Put_OutsiderOfTheInspection_Refused()
    {
        var other = new Scenario().At(InspectionStage.Inspecting);
        var outcome = _s.Facts.Put(other.As(other.Lead), FactSheetData.Act(P));
        Assert.Equal(ReasonCodes.NotInWorkingGroup, outcome.Refusal?.Code);
    }

    [Fact]
    public void Put_SameIdTwice_ReplacesTheItem()
    {
        var act = FactSheetData.Act(P);
        Scenario.Ok(_s.Facts.Put(Editor, act));
        Scenario.Ok(_s.Facts.Put(Editor, act with { Number = "185" }));
        Assert.Equal("185", Assert.Single(_s.Facts.LegalActs).Number);
    }

    [Fact]
    public void Remove_UnknownItem_Refused()
    {
        var outcome = _s.Facts.Remove(Editor, FactSection.LegalActs, Guid.NewGuid());
        Assert.Equal(ReasonCodes.FactItemNotFound, outcome.Refusal?.Code);
    }

    private static string[] Paths(SectionCompleteness section) => [.. section.Missing.Select(m => m.Args["path"])];
}
