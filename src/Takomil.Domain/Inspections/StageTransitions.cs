using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using S = Takomil.Domain.Inspections.InspectionStage;
using T = Takomil.Domain.Inspections.InspectionTrigger;

namespace Takomil.Domain.Inspections;

/// <summary>The inspection state machine, as one table (see docs/domain-model.md for the diagram).</summary>
public static class StageTransitions
{
    private static readonly S[] Open = [S.Listed, S.Inspecting, S.ModelsDrafted, S.PlanEndorsedByWorkingGroup,
        S.PlanApprovedByCommission, S.IctProposalsSubmitted, S.Executing];

    public static IReadOnlyList<TransitionRule> Rules { get; } =
    [
        Rule(T.Start, [S.Listed], S.Inspecting, Permission.StartInspection, EvidenceKind.Decision, WorkingGroupFormed),
        Rule(T.MarkModelsDrafted, [S.Inspecting], S.ModelsDrafted, Permission.MarkModelsDrafted, EvidenceKind.FactsAndModels, FactsAndModelsReady),
        Rule(T.Reopen, [S.ModelsDrafted], S.Inspecting, Permission.ReopenInspection, EvidenceKind.Reason, NoGuard),
        Rule(T.EndorsePlan, [S.ModelsDrafted], S.PlanEndorsedByWorkingGroup, Permission.ApproveAsWorkingGroup, EvidenceKind.Decision, PlanReady),
        Rule(T.ApprovePlan, [S.PlanEndorsedByWorkingGroup], S.PlanApprovedByCommission, Permission.ApproveAsCommission, EvidenceKind.Decision, NoGuard),
        Rule(T.ReturnPlan, [S.PlanEndorsedByWorkingGroup], S.ModelsDrafted, Permission.ApproveAsCommission, EvidenceKind.Reason, NoGuard),
        Rule(T.SubmitIctProposals, [S.PlanApprovedByCommission], S.IctProposalsSubmitted, Permission.SubmitIctProposals, EvidenceKind.Decision, NoGuard),
        Rule(T.StartExecution, [S.PlanApprovedByCommission, S.IctProposalsSubmitted], S.Executing, Permission.StartExecution, EvidenceKind.None, IctProposalsDoneIfNeeded),
        Rule(T.Complete, [S.Executing], S.Completed, Permission.CompleteInspection, EvidenceKind.Decision, AllPlanItemsClosed),
        Rule(T.Suspend, Open, S.Suspended, Permission.SuspendInspection, EvidenceKind.Reason, NoGuard),
        Rule(T.Resume, [S.Suspended], null, Permission.SuspendInspection, EvidenceKind.None, NoGuard),
        Rule(T.Cancel, [.. Open, S.Suspended], S.Cancelled, Permission.CancelInspection, EvidenceKind.Reason, NoGuard),
    ];

    public static TransitionRule For(InspectionTrigger trigger) => Rules.Single(r => r.Trigger == trigger);

    /// <summary>Checks the evidence a rule asks for is present; the guard then checks its content.</summary>
    internal static Outcome CheckEvidence(TransitionRule rule, TransitionEvidence evidence) => rule.Evidence switch
    {
        EvidenceKind.Decision when !DecisionReference.IsValid(evidence.Decision) =>
            Outcome.Refused(ReasonCodes.InspectionEvidenceRequired, ("evidence", EvidenceKind.Decision), ("trigger", rule.Trigger)),
        EvidenceKind.Reason when string.IsNullOrWhiteSpace(evidence.Reason) =>
            Outcome.Refused(ReasonCodes.InspectionEvidenceRequired, ("evidence", EvidenceKind.Reason), ("trigger", rule.Trigger)),
        EvidenceKind.FactsAndModels when evidence.Facts is null =>
            Outcome.Refused(ReasonCodes.InspectionEvidenceRequired, ("evidence", "facts"), ("trigger", rule.Trigger)),
        _ => Outcome.Success,
    };

    private static TransitionRule Rule(T trigger, S[] from, S? to, Permission permission, EvidenceKind evidence,
        Func<Inspection, TransitionEvidence, Outcome> guard) =>
        new(trigger, from.ToHashSet(), to, permission, evidence, guard);

    private static Outcome NoGuard(Inspection inspection, TransitionEvidence evidence) => Outcome.Success;

    /// <summary>
    /// Annex stage 2 begins with the approved working group (its order is the evidence): besides its lead it needs
    /// people who collect data (p. 23) and agency officials who give it, including by interview (p. 24).
    /// </summary>
    private static Outcome WorkingGroupFormed(Inspection inspection, TransitionEvidence evidence)
    {
        WorkingGroupRole[] needed = [WorkingGroupRole.Lead, WorkingGroupRole.Member, WorkingGroupRole.Interviewee];
        var missing = needed.Where(role => !inspection.Members.Any(m => m.Roles.Contains(role))).ToList();
        return missing.Count == 0
            ? Outcome.Success
            : Outcome.Refused(ReasonCodes.InspectionWorkingGroupIncomplete, ("missingRoles", string.Join(", ", missing)));
    }

    /// <summary>The ten facts established (p. 11) and both models valid (p. 12–13, 16–17).</summary>
    private static Outcome FactsAndModelsReady(Inspection inspection, TransitionEvidence evidence)
    {
        var facts = evidence.Facts!;
        if (facts.InspectionId != inspection.Id)
        {
            return Outcome.Refused(ReasonCodes.InspectionEvidenceMismatch, ("evidence", "facts"));
        }
        var completeness = facts.Completeness();
        if (!completeness.IsComplete)
        {
            return Refusal.Of(ReasonCodes.InspectionFactsIncomplete,
                    ("sections", string.Join(", ", completeness.IncompleteSections)))
                .WithDetails(completeness.AllMissing);
        }
        var asIs = CheckModel(inspection, evidence.AsIs, ProcessModelKind.AsIs);
        return asIs.IsSuccess ? CheckModel(inspection, evidence.ToBe, ProcessModelKind.ToBe) : asIs;
    }

    private static Outcome CheckModel(Inspection inspection, ProcessModel? model, ProcessModelKind kind)
    {
        if (model is null) return Outcome.Refused(ReasonCodes.InspectionModelMissing, ("kind", kind));
        if (model.InspectionId != inspection.Id || model.Kind != kind)
        {
            return Outcome.Refused(ReasonCodes.InspectionEvidenceMismatch, ("evidence", kind));
        }
        var issues = model.Validate();
        return issues.Count == 0
            ? Outcome.Success
            : Refusal.Of(ReasonCodes.InspectionModelInvalid, ("kind", kind)).WithDetails(issues);
    }

    /// <summary>p. 26: the plan gives the measures in order, concrete deadlines and responsible executors.</summary>
    private static Outcome PlanReady(Inspection inspection, TransitionEvidence evidence)
    {
        if (inspection.PlanItems.Count == 0) return Outcome.Refused(ReasonCodes.InspectionPlanEmpty);
        var problems = new List<Refusal>();
        foreach (var item in inspection.PlanItems)
        {
            if (string.IsNullOrWhiteSpace(item.Description)) problems.Add(ItemIncomplete(item, "description"));
            if (item.Deadline is null) problems.Add(ItemIncomplete(item, "deadline"));
            if (item.ExecutorId is not { } executor
                || !inspection.Members.Any(m => m.OfficialId == executor && m.Roles.Contains(WorkingGroupRole.Executor)))
            {
                problems.Add(ItemIncomplete(item, "executor"));
            }
        }
        return problems.Count == 0 ? Outcome.Success : problems[0].WithDetails(problems);
    }

    private static Refusal ItemIncomplete(PlanItem item, string field) =>
        Refusal.Of(ReasonCodes.InspectionPlanItemIncomplete, ("itemId", item.Id), ("order", item.Order), ("field", field));

    /// <summary>Stage 4 may be skipped only when no plan item needs an information system built.</summary>
    private static Outcome IctProposalsDoneIfNeeded(Inspection inspection, TransitionEvidence evidence) =>
        inspection.Stage == S.PlanApprovedByCommission && inspection.PlanItems.Any(i => i.RequiresInformationSystem)
            ? Outcome.Refused(ReasonCodes.InspectionIctProposalsRequired,
                ("items", inspection.PlanItems.Count(i => i.RequiresInformationSystem)))
            : Outcome.Success;

    private static Outcome AllPlanItemsClosed(Inspection inspection, TransitionEvidence evidence)
    {
        var open = inspection.PlanItems.Count(i => !i.IsClosed);
        return open == 0 ? Outcome.Success : Outcome.Refused(ReasonCodes.InspectionPlanItemsOpen, ("open", open));
    }
}
