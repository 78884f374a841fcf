namespace Takomil.Domain.Inspections;

/// <summary>What a person asks the inspection to do; <see cref="StageTransitions"/> says from where, to where, who and with what.</summary>
public enum InspectionTrigger
{
    Start = 0,
    MarkModelsDrafted = 1,
    Reopen = 2,
    EndorsePlan = 3,
    ApprovePlan = 4,
    ReturnPlan = 5,
    SubmitIctProposals = 6,
    StartExecution = 7,
    Complete = 8,
    Suspend = 9,
    Resume = 10,
    Cancel = 11,
}
