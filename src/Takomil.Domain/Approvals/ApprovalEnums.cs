namespace Takomil.Domain.Approvals;

/// <summary>The two approvals of the action plan.</summary>
public enum ApprovalStage
{
    /// <summary>p. 25, second paragraph: the working group's meeting endorses the report and the plan.</summary>
    WorkingGroup = 1,

    /// <summary>p. 25, third paragraph, annex stage 3: the Republican Commission approves the plan.</summary>
    Commission = 2,
}

/// <summary>When the approvers of a stage have decided.</summary>
public enum ApprovalRule
{
    /// <summary>Every approver approves; one objection returns the plan.</summary>
    Everyone = 0,

    /// <summary>More than half approve; returned as soon as a majority can no longer be reached.</summary>
    Majority = 1,

    /// <summary>The first answer decides, whichever it is.</summary>
    FirstToRespond = 2,
}

public enum ApprovalVerdict
{
    Approve = 0,
    Reject = 1,
    RequestChanges = 2,
}

/// <summary>Where the plan is in its approval.</summary>
public enum ApprovalState
{
    /// <summary>Being drafted (also after it was returned: a new version must be submitted).</summary>
    Drafting = 0,

    /// <summary>A version is with the approvers of <see cref="ApprovalProcess.CurrentStage"/>.</summary>
    InReview = 1,

    /// <summary>The Commission approved it.</summary>
    Approved = 2,
}

/// <summary>What a recorded decision did.</summary>
public enum ApprovalEffect
{
    /// <summary>The stage still waits for other approvers.</summary>
    Pending = 0,

    /// <summary>The working group endorsed the plan; it now goes to the Commission.</summary>
    Endorsed = 1,

    /// <summary>The Commission approved the plan.</summary>
    Approved = 2,

    /// <summary>The plan went back to drafting; a new version is needed.</summary>
    Returned = 3,
}
