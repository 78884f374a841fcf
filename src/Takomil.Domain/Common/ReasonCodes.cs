namespace Takomil.Domain.Common;

/// <summary>
/// Every refusal code the domain produces. They are stable resource keys: the bot localises them
/// (uz-Latn, uz-Cyrl, ru, en) with the refusal's named arguments.
/// </summary>
public static class ReasonCodes
{
    // access
    public const string AccessDenied = "access.denied";
    public const string NotInWorkingGroup = "access.not_in_working_group";
    public const string StageLocked = "access.stage_locked";
    public const string NotAssignedExecutor = "access.not_assigned_executor";

    // generic validation
    public const string ValueRequired = "value.required";
    public const string ValueInvalid = "value.invalid";
    public const string ValueOutOfRange = "value.out_of_range";

    // the annual List (p. 20–22)
    public const string ListNotDraft = "list.not_draft";
    public const string ListNotSubmitted = "list.not_submitted";
    public const string ListEmpty = "list.empty";
    public const string ListServiceAlreadyListed = "list.service_already_listed";
    public const string ListServiceNotListed = "list.service_not_listed";
    public const string ListDeadlineOutsideYear = "list.deadline_outside_year";
    public const string ListDecisionRequired = "list.decision_required";

    // inspections and their stages (annex, stages 1–5)
    public const string InspectionListNotApproved = "inspection.list_not_approved";
    public const string InspectionTransitionNotAllowed = "inspection.transition_not_allowed";
    public const string InspectionEvidenceRequired = "inspection.evidence_required";
    public const string InspectionEvidenceMismatch = "inspection.evidence_mismatch";
    public const string InspectionWorkingGroupIncomplete = "inspection.working_group_incomplete";
    public const string InspectionFactsIncomplete = "inspection.facts_incomplete";
    public const string InspectionModelMissing = "inspection.model_missing";
    public const string InspectionModelInvalid = "inspection.model_invalid";
    public const string InspectionPlanEmpty = "inspection.plan_empty";
    public const string InspectionPlanItemIncomplete = "inspection.plan_item_incomplete";
    public const string InspectionPlanItemsOpen = "inspection.plan_items_open";
    public const string InspectionIctProposalsRequired = "inspection.ict_proposals_required";
    public const string InspectionNotSuspended = "inspection.not_suspended";

    // working group (p. 23)
    public const string WorkingGroupAlreadyMember = "working_group.already_member";
    public const string WorkingGroupNotMember = "working_group.not_member";
    public const string WorkingGroupLeadExists = "working_group.lead_exists";
    public const string WorkingGroupLastLead = "working_group.last_lead";
    public const string WorkingGroupNoRoles = "working_group.no_roles";

    // action plan (p. 26)
    public const string PlanItemNotFound = "plan.item_not_found";
    public const string PlanItemExecutorNotMember = "plan.executor_not_member";

    // facts of p. 11
    public const string FactMissing = "facts.missing";
    public const string FactItemNotFound = "facts.item_not_found";
    public const string FactStatisticsYearMissing = "facts.statistics_year_missing";
    public const string FactStatisticsInconsistent = "facts.statistics_inconsistent";

    // process models (p. 12–13, 16–17)
    public const string ModelEmpty = "model.empty";
    public const string ModelCycle = "model.cycle";
    public const string ModelDanglingPredecessor = "model.dangling_predecessor";
    public const string ModelDuplicateStep = "model.duplicate_step";
    public const string ModelStepNotFound = "model.step_not_found";
    public const string ModelStepIsPredecessor = "model.step_is_predecessor";
    public const string ModelDecisionCriteriaMissing = "model.decision_criteria_missing";
    public const string ModelTimeLimitMissing = "model.time_limit_missing";
}
