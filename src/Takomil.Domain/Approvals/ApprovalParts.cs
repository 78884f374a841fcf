namespace Takomil.Domain.Approvals;

/// <summary>One approver of one stage.</summary>
public sealed class ApprovalApprover
{
    private ApprovalApprover()
    {
    }

    internal ApprovalApprover(ApprovalStage stage, Guid officialId)
    {
        Stage = stage;
        OfficialId = officialId;
    }

    public ApprovalStage Stage { get; private set; }

    public Guid OfficialId { get; private set; }
}

/// <summary>
/// One approver's decision on one version of the plan at one stage. The version is named by number and content hash;
/// a person has at most one decision per stage and version (the storage holds a unique index on it too).
/// </summary>
public sealed class ApprovalDecision
{
    private ApprovalDecision()
    {
        Hash = string.Empty;
    }

    internal ApprovalDecision(ApprovalStage stage, Guid approverId, int planRevision, string hash, ApprovalVerdict verdict, string? comment, int round, DateTimeOffset at)
    {
        Stage = stage;
        ApproverId = approverId;
        PlanRevision = planRevision;
        Hash = hash;
        Verdict = verdict;
        Comment = comment;
        Round = round;
        At = at;
    }

    public ApprovalStage Stage { get; private set; }

    public Guid ApproverId { get; private set; }

    public int PlanRevision { get; private set; }

    public string Hash { get; private set; }

    public ApprovalVerdict Verdict { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The submission this decision answered (1 for the first).</summary>
    public int Round { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>The answer to a decision: the decision itself, whether it was a repeat, and what it did.</summary>
public sealed record DecisionResult(ApprovalDecision Decision, bool Repeated, ApprovalEffect Effect);
