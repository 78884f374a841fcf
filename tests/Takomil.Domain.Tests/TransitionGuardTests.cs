using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using S = Takomil.Domain.Inspections.InspectionStage;
using T = Takomil.Domain.Inspections.InspectionTrigger;

namespace Takomil.Domain.Tests;

public class TransitionGuardTests
{
    [Fact]
    public void Start_WorkingGroupWithOnlyTheLead_RefusedNamingMissingRoles()
    {
        var s = new Scenario();
        var bare = Inspection.Create(Actor.Global(s.MinistryLead, SystemRole.MinistryLead), Guid.NewGuid(), s.List, s.ServiceId, s.Lead, Scenario.Now)
            .GetValueOrThrow();

        var outcome = bare.Fire(bare.ActorFor(s.Lead, SystemRole.None), T.Start, TransitionEvidence.Of(Scenario.Decision()), Scenario.Now);

        Assert.Equal(ReasonCodes.InspectionWorkingGroupIncomplete, outcome.Refusal?.Code);
        Assert.Equal("Member, Interviewee", outcome.Refusal!.Args["missingRoles"]);
        Assert.Equal(S.Listed, bare.Stage);
    }

    [Fact]
    public void Start_WithoutWorkingGroupOrder_RefusedAsEvidenceRequired()
    {
        var s = new Scenario();
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.Start, new TransitionEvidence(Decision: new(" ", default)), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionEvidenceRequired, outcome.Refusal?.Code);
        Assert.Equal("Decision", outcome.Refusal!.Args["evidence"]);
    }

    [Fact]
    public void MarkModelsDrafted_FactsIncomplete_RefusedListingEveryMissingFact()
    {
        var s = new Scenario().At(S.Inspecting);
        s.BuildModels();
        Scenario.Ok(s.Facts.Put(s.As(s.Member), FactSheetData.Act(Scenario.EditBy(s.Member), number: null)));

        var outcome = s.Inspection.Fire(s.As(s.Lead), T.MarkModelsDrafted, TransitionEvidence.Models(s.Facts, s.AsIs, s.ToBe), Scenario.Now);

        Assert.Equal(ReasonCodes.InspectionFactsIncomplete, outcome.Refusal?.Code);
        Assert.Contains(outcome.Refusal!.Details, d => d.Args["path"] == "legalActs[0].number");
        Assert.Contains(outcome.Refusal.Details, d => d.Args["path"] == "appeals");
        Assert.Equal(S.Inspecting, s.Inspection.Stage);
    }

    [Fact]
    public void MarkModelsDrafted_NoFactSheet_RefusedAsEvidenceRequired()
    {
        var s = new Scenario().At(S.Inspecting);
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.MarkModelsDrafted, new TransitionEvidence(AsIs: s.AsIs, ToBe: s.ToBe), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionEvidenceRequired, outcome.Refusal?.Code);
    }

    [Fact]
    public void MarkModelsDrafted_ToBeModelMissing_RefusedNamingTheKind()
    {
        var s = new Scenario().At(S.Inspecting);
        s.FillFacts();
        s.BuildModels();
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.MarkModelsDrafted, new TransitionEvidence(Facts: s.Facts, AsIs: s.AsIs), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionModelMissing, outcome.Refusal?.Code);
        Assert.Equal("ToBe", outcome.Refusal!.Args["kind"]);
    }

    [Fact]
    public void MarkModelsDrafted_ModelWithoutTimeLimit_RefusedWithTheStep()
    {
        var s = new Scenario().At(S.Inspecting);
        s.FillFacts();
        s.BuildModels();
        Scenario.Ok(s.AsIs.Put(s.As(s.Member), ModelData.Step("d", Scenario.EditBy(s.Member), "c") with { TimeLimit = null }));

        var outcome = s.Inspection.Fire(s.As(s.Lead), T.MarkModelsDrafted, TransitionEvidence.Models(s.Facts, s.AsIs, s.ToBe), Scenario.Now);

        Assert.Equal(ReasonCodes.InspectionModelInvalid, outcome.Refusal?.Code);
        var detail = Assert.Single(outcome.Refusal!.Details);
        Assert.Equal((ReasonCodes.ModelTimeLimitMissing, "d"), (detail.Code, detail.Args["step"]));
    }

    [Fact]
    public void MarkModelsDrafted_ModelsSwapped_RefusedAsEvidenceMismatch()
    {
        var s = new Scenario().At(S.Inspecting);
        s.FillFacts();
        s.BuildModels();
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.MarkModelsDrafted, TransitionEvidence.Models(s.Facts, s.ToBe, s.AsIs), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionEvidenceMismatch, outcome.Refusal?.Code);
    }

    [Fact]
    public void MarkModelsDrafted_FactsOfAnotherInspection_RefusedAsEvidenceMismatch()
    {
        var s = new Scenario().At(S.Inspecting);
        s.BuildModels();
        var other = new Scenario().At(S.Inspecting);
        other.FillFacts();
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.MarkModelsDrafted, TransitionEvidence.Models(other.Facts, s.AsIs, s.ToBe), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionEvidenceMismatch, outcome.Refusal?.Code);
    }

    [Fact]
    public void EndorsePlan_EmptyPlan_Refused()
    {
        var s = new Scenario().At(S.ModelsDrafted);
        var outcome = s.Inspection.Fire(s.As(s.Approver), T.EndorsePlan, TransitionEvidence.Of(Scenario.Decision()), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionPlanEmpty, outcome.Refusal?.Code);
    }

    [Fact]
    public void EndorsePlan_ItemWithoutDeadlineAndWithNonExecutor_RefusedPerField()
    {
        var s = new Scenario().At(S.ModelsDrafted);
        var item = new PlanItem(Guid.NewGuid(), 1, Measure.SingleWindow, "Via one-stop shops", null, s.Member, false,
            PlanItemStatus.Planned, null, Scenario.EditBy(s.Member));
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), item));

        var outcome = s.Inspection.Fire(s.As(s.Approver), T.EndorsePlan, TransitionEvidence.Of(Scenario.Decision()), Scenario.Now);

        Assert.Equal(ReasonCodes.InspectionPlanItemIncomplete, outcome.Refusal?.Code);
        Assert.Equal(["deadline", "executor"], outcome.Refusal!.Details.Select(d => d.Args["field"]));
    }

    [Fact]
    public void StartExecution_SkippingIctProposalsWhenPlanNeedsASystem_Refused()
    {
        var s = new Scenario(planNeedsInformationSystem: true).At(S.PlanApprovedByCommission);
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.StartExecution, TransitionEvidence.None, Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionIctProposalsRequired, outcome.Refusal?.Code);
        Assert.Equal("1", outcome.Refusal!.Args["items"]);
    }

    [Fact]
    public void Complete_WithOpenPlanItems_RefusedWithCount()
    {
        var s = new Scenario().At(S.Executing);
        var outcome = s.Inspection.Fire(s.As(s.Lead), T.Complete, TransitionEvidence.Of(Scenario.Decision()), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionPlanItemsOpen, outcome.Refusal?.Code);
        Assert.Equal("1", outcome.Refusal!.Args["open"]);
    }

    [Theory]
    [InlineData(T.Suspend)]
    [InlineData(T.Cancel)]
    [InlineData(T.Reopen)]
    public void Fire_ReasonTriggerWithoutReason_RefusedAsEvidenceRequired(T trigger)
    {
        var s = new Scenario().At(trigger == T.Reopen ? S.ModelsDrafted : S.Inspecting);
        var who = trigger == T.Cancel ? s.Admin : s.Lead;
        var outcome = s.Inspection.Fire(s.As(who), trigger, TransitionEvidence.Because("  "), Scenario.Now);
        Assert.Equal(ReasonCodes.InspectionEvidenceRequired, outcome.Refusal?.Code);
        Assert.Equal("Reason", outcome.Refusal!.Args["evidence"]);
    }

    [Fact]
    public void Create_ListNotApproved_Refused()
    {
        var ministry = Actor.Global(Guid.NewGuid(), SystemRole.MinistryLead);
        var list = new Services.ServiceList(Guid.NewGuid(), 2025);
        var service = Guid.NewGuid();
        Scenario.Ok(list.Add(ministry, service, new DateOnly(2025, 6, 1)));

        var outcome = Inspection.Create(ministry, Guid.NewGuid(), list, service, Guid.NewGuid(), Scenario.Now);

        Assert.Equal(ReasonCodes.InspectionListNotApproved, outcome.Refusal?.Code);
    }

    [Fact]
    public void Create_ServiceNotOnList_Refused()
    {
        var s = new Scenario();
        var outcome = Inspection.Create(Actor.Global(s.Admin, SystemRole.Administrator), Guid.NewGuid(), s.List, Guid.NewGuid(), s.Lead, Scenario.Now);
        Assert.Equal(ReasonCodes.ListServiceNotListed, outcome.Refusal?.Code);
    }

    [Fact]
    public void Create_ByOfficialWithoutMinistryRole_Refused()
    {
        var s = new Scenario();
        var outcome = Inspection.Create(Actor.Global(s.Member, SystemRole.None), Guid.NewGuid(), s.List, s.ServiceId, s.Lead, Scenario.Now);
        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void Create_OnApprovedList_TakesDeadlineFromListAndLeadFromCaller()
    {
        var s = new Scenario();
        Assert.Equal(new DateOnly(2025, 9, 30), s.Inspection.Deadline);
        Assert.Equal([WorkingGroupRole.Lead], s.Inspection.FindMember(s.Lead)!.Roles);
        Assert.Equal(S.Listed, s.Inspection.Stage);
    }

    [Fact]
    public void FactSheet_CompleteAfterRemovingASectionsOnlyItem_BecomesIncompleteAgain()
    {
        var s = new Scenario().At(S.Inspecting);
        s.FillFacts();
        Assert.True(s.Facts.Completeness().IsComplete);
        var recipient = s.Facts.Recipients[0];

        Scenario.Ok(s.Facts.Remove(s.As(s.Member), FactSection.Recipients, recipient.Id));

        Assert.Equal([FactSection.Recipients], s.Facts.Completeness().IncompleteSections);
    }

    [Fact]
    public void ProcessModel_ToBeEditedAfterModelsDrafted_RefusedAsStageLocked()
    {
        var s = new Scenario().At(S.ModelsDrafted);
        var outcome = s.ToBe.Put(s.As(s.Member), ModelData.Step("z", Scenario.EditBy(s.Member), "y"));
        Assert.Equal(ReasonCodes.StageLocked, outcome.Refusal?.Code);
        Assert.Null(s.ToBe.Find("z"));
        Assert.Equal(ProcessModelKind.ToBe, s.ToBe.Kind);
    }
}
