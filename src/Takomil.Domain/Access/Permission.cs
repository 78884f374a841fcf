namespace Takomil.Domain.Access;

/// <summary>Everything a person may be allowed to do. <see cref="AccessPolicy"/> alone decides who may.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The rule guards code-access-security permission types, which .NET no longer has; this is the domain's word for a right.")]
public enum Permission
{
    ViewInspection = 0,
    CreateInspection = 1,
    StartInspection = 2,
    AddMember = 3,
    RemoveMember = 4,
    TriggerInterview = 5,
    AnswerInterview = 6,
    EditFacts = 7,
    EditModel = 8,
    MarkModelsDrafted = 9,
    ReopenInspection = 10,
    EditPlan = 11,
    ApproveAsWorkingGroup = 12,
    ApproveAsCommission = 13,
    SubmitIctProposals = 14,
    StartExecution = 15,
    UpdatePlanItem = 16,
    CompleteInspection = 17,
    SuspendInspection = 18,
    CancelInspection = 19,
    EditServiceList = 20,
    SubmitServiceList = 21,
    ApproveServiceList = 22,
    VerifyAuditTrail = 23,
}
