namespace Takomil.Domain.Approvals;

/// <summary>
/// Refusal codes of the action plan's editing and approval (p. 25–26). Stable resource keys like
/// <see cref="Common.ReasonCodes"/>; the bot localises them from its <c>Approvals</c> text family.
/// </summary>
public static class ApprovalReasonCodes
{
    // editing the plan (p. 26)
    public const string PlanDependencyUnknown = "plan.dependency_unknown";
    public const string PlanDependencyCycle = "plan.dependency_cycle";
    public const string PlanTextTooLong = "plan.text_too_long";
    public const string PlanOrderInvalid = "plan.order_invalid";
    public const string PlanDescriptionRequired = "plan.description_required";

    // the approval workflow (p. 25, annex stage 3)
    public const string WrongInspection = "approval.wrong_inspection";
    public const string NotApprover = "approval.not_approver";
    public const string ApproverLacksRole = "approval.approver_lacks_role";
    public const string NoApprovers = "approval.no_approvers";
    public const string NotOpen = "approval.not_open";
    public const string StageClosed = "approval.stage_closed";
    public const string VersionOutdated = "approval.version_outdated";
    public const string AlreadyDecided = "approval.already_decided";
    public const string AlreadyInReview = "approval.already_in_review";
    public const string NewVersionNeeded = "approval.new_version_needed";
    public const string CommentRequired = "approval.comment_required";
    public const string CommentTooLong = "approval.comment_too_long";
    public const string LeadOnly = "approval.lead_only";
    public const string CardMismatch = "approval.card_mismatch";
    public const string UnknownCard = "approval.unknown_card";
    public const string Busy = "approval.busy";
}
