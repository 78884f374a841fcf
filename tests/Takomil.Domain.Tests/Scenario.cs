using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Domain.Tests;

/// <summary>
/// A whole inspection with one person per role, driven to any stage through the real transitions
/// (never by setting state), so every test starts from a state the domain itself produced.
/// </summary>
internal sealed class Scenario
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public Guid Admin { get; } = Guid.NewGuid();
    public Guid MinistryLead { get; } = Guid.NewGuid();
    public Guid Secretary { get; } = Guid.NewGuid();
    public Guid Lead { get; } = Guid.NewGuid();
    public Guid Member { get; } = Guid.NewGuid();
    public Guid Interviewee { get; } = Guid.NewGuid();
    public Guid Approver { get; } = Guid.NewGuid();
    public Guid Commissioner { get; } = Guid.NewGuid();
    public Guid Executor { get; } = Guid.NewGuid();
    public Guid Outsider { get; } = Guid.NewGuid();
    public Guid ServiceId { get; } = Guid.NewGuid();

    public ServiceList List { get; }
    public Inspection Inspection { get; }
    public FactSheet Facts { get; }
    public ProcessModel AsIs { get; }
    public ProcessModel ToBe { get; }
    public Guid PlanItemId { get; } = Guid.NewGuid();

    public Scenario(bool planNeedsInformationSystem = true)
    {
        PlanNeedsInformationSystem = planNeedsInformationSystem;
        List = new ServiceList(Guid.NewGuid(), 2025);
        var ministry = Actor.Global(MinistryLead, SystemRole.MinistryLead);
        Ok(List.Add(ministry, ServiceId, new DateOnly(2025, 9, 30)));
        Ok(List.Submit(ministry, Now));
        Ok(List.Approve(Actor.Global(Secretary, SystemRole.CommissionSecretary), new DecisionReference("RK-12", new DateOnly(2025, 1, 20))));
        Inspection = Inspection.Create(ministry, Guid.NewGuid(), List, ServiceId, Lead, Now).GetValueOrThrow();
        var lead = As(Lead);
        Ok(Inspection.AddMember(lead, Member, [WorkingGroupRole.Member], Now));
        Ok(Inspection.AddMember(lead, Interviewee, [WorkingGroupRole.Interviewee], Now));
        Ok(Inspection.AddMember(lead, Approver, [WorkingGroupRole.Approver], Now));
        Ok(Inspection.AddMember(lead, Commissioner, [WorkingGroupRole.CommissionMember], Now));
        Ok(Inspection.AddMember(lead, Executor, [WorkingGroupRole.Executor], Now));
        Facts = new FactSheet(Inspection.Id, Inspection.Year);
        AsIs = new ProcessModel(Guid.NewGuid(), Inspection.Id, ProcessModelKind.AsIs);
        ToBe = new ProcessModel(Guid.NewGuid(), Inspection.Id, ProcessModelKind.ToBe);
    }

    public bool PlanNeedsInformationSystem { get; }

    public static DecisionReference Decision(string reference = "No. 7") => new(reference, new DateOnly(2025, 3, 1));

    public SystemRole SystemRoleOf(Guid official) =>
        official == Admin ? SystemRole.Administrator
        : official == MinistryLead ? SystemRole.MinistryLead
        : official == Secretary ? SystemRole.CommissionSecretary
        : SystemRole.None;

    public Actor As(Guid official) => Inspection.ActorFor(official, SystemRoleOf(official));

    public static Provenance EditBy(Guid official) => Provenance.FromEdit(official, Now);

    public static void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());

    /// <summary>Drives the inspection to <paramref name="stage"/> along the main path.</summary>
    public Scenario At(InspectionStage stage)
    {
        if (stage == InspectionStage.Listed) return this;
        if (stage is InspectionStage.Suspended or InspectionStage.Cancelled)
        {
            At(InspectionStage.Inspecting);
            var trigger = stage == InspectionStage.Suspended ? InspectionTrigger.Suspend : InspectionTrigger.Cancel;
            var who = stage == InspectionStage.Suspended ? Lead : Admin;
            Ok(Inspection.Fire(As(who), trigger, TransitionEvidence.Because("waiting for a new law"), Now));
            return this;
        }
        Ok(Inspection.Fire(As(Lead), InspectionTrigger.Start, TransitionEvidence.Of(Decision("WG order 1")), Now));
        if (stage == InspectionStage.Inspecting) return this;
        FillFacts();
        BuildModels();
        Ok(Inspection.Fire(As(Lead), InspectionTrigger.MarkModelsDrafted, TransitionEvidence.Models(Facts, AsIs, ToBe), Now));
        if (stage == InspectionStage.ModelsDrafted) return this;
        DraftPlan();
        Ok(Inspection.Fire(As(Approver), InspectionTrigger.EndorsePlan, TransitionEvidence.Of(Decision("WG minutes 3")), Now));
        if (stage == InspectionStage.PlanEndorsedByWorkingGroup) return this;
        Ok(Inspection.Fire(As(Commissioner), InspectionTrigger.ApprovePlan, TransitionEvidence.Of(Decision("RK minutes 9")), Now));
        if (stage == InspectionStage.PlanApprovedByCommission) return this;
        Ok(Inspection.Fire(As(Lead), InspectionTrigger.SubmitIctProposals, TransitionEvidence.Of(Decision("Letter 44")), Now));
        if (stage == InspectionStage.IctProposalsSubmitted) return this;
        Ok(Inspection.Fire(As(Lead), InspectionTrigger.StartExecution, TransitionEvidence.None, Now));
        if (stage == InspectionStage.Executing) return this;
        CloseAllPlanItems();
        Ok(Inspection.Fire(As(Lead), InspectionTrigger.Complete, TransitionEvidence.Of(Decision("Final report")), Now));
        return this;
    }

    public void DraftPlan() =>
        Ok(Inspection.PutPlanItem(As(Member), new PlanItem(PlanItemId, 1, Measure.CutApplicantDocuments,
            "Get the cadastre extract by interagency request", new DateOnly(2025, 12, 1), Executor,
            PlanNeedsInformationSystem, PlanItemStatus.Planned, null, EditBy(Member))));

    public void CloseAllPlanItems()
    {
        foreach (var item in Inspection.PlanItems)
        {
            Ok(Inspection.UpdatePlanItem(As(Executor), item.Id, PlanItemStatus.Done, "done", EditBy(Executor)));
        }
    }

    public void FillFacts() => FactSheetData.FillComplete(Facts, As(Member), EditBy(Member), Inspection.Year);

    public void BuildModels()
    {
        foreach (var p in ModelData.LinearSteps(EditBy(Member), "a", "b", "c")) Ok(AsIs.Put(As(Member), p));
        foreach (var p in ModelData.LinearSteps(EditBy(Member), "x", "y")) Ok(ToBe.Put(As(Member), p));
    }
}
