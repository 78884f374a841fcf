namespace Takomil.Domain.Inspections;

/// <summary>
/// Where the improvement of one service stands. The annex "Scheme" has five stages; stage 2 is long, so it is
/// split at its two milestones (models drafted, plan endorsed by the working group, p. 25).
/// </summary>
public enum InspectionStage
{
    /// <summary>Stage 1 done: the service is on the approved List; the working group is being formed.</summary>
    Listed = 0,

    /// <summary>Stage 2: the approved working group inspects the service (p. 11, 24) and builds the models (p. 12–18).</summary>
    Inspecting = 1,

    /// <summary>Stage 2: facts complete, current and optimised models valid; the report and action plan are drafted (p. 25).</summary>
    ModelsDrafted = 2,

    /// <summary>Stage 2 ends: the working group's meeting endorsed the action plan and submits it (p. 25).</summary>
    PlanEndorsedByWorkingGroup = 3,

    /// <summary>Stage 3: the Republican Commission approved the action plan.</summary>
    PlanApprovedByCommission = 4,

    /// <summary>Stage 4: agencies submitted proposals for information systems to the state ICT order (p. 26).</summary>
    IctProposalsSubmitted = 5,

    /// <summary>Stage 5: the action plan is carried out and monitored.</summary>
    Executing = 6,

    /// <summary>Every plan item is done or dropped; the final report is filed.</summary>
    Completed = 7,

    /// <summary>Paused (e.g. awaiting a legal change); resumes to the stage it left.</summary>
    Suspended = 8,

    /// <summary>Stopped for good (e.g. the service was taken off the List).</summary>
    Cancelled = 9,
}

public static class InspectionStages
{
    public static bool IsTerminal(this InspectionStage stage) =>
        stage is InspectionStage.Completed or InspectionStage.Cancelled;

    /// <summary>The stage number of the annex "Scheme" (1–5); 0 for Suspended and Cancelled, which it does not name.</summary>
    public static int AnnexStage(this InspectionStage stage) => stage switch
    {
        InspectionStage.Listed => 1,
        InspectionStage.Inspecting or InspectionStage.ModelsDrafted or InspectionStage.PlanEndorsedByWorkingGroup => 2,
        InspectionStage.PlanApprovedByCommission => 3,
        InspectionStage.IctProposalsSubmitted => 4,
        InspectionStage.Executing or InspectionStage.Completed => 5,
        _ => 0,
    };
}
