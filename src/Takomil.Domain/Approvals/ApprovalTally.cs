namespace Takomil.Domain.Approvals;

/// <summary>Counts one stage's decisions against its rule.</summary>
public static class ApprovalTally
{
    /// <param name="approvers">How many approvers the stage has.</param>
    /// <param name="verdicts">The decisions so far, in the order they were made.</param>
    public static ApprovalEffect Evaluate(ApprovalRule rule, int approvers, IReadOnlyList<ApprovalVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (approvers <= 0) return ApprovalEffect.Pending;
        var approvals = verdicts.Count(v => v == ApprovalVerdict.Approve);
        var objections = verdicts.Count - approvals;
        switch (rule)
        {
            case ApprovalRule.FirstToRespond:
                return verdicts.Count == 0 ? ApprovalEffect.Pending : Passed(verdicts[0] == ApprovalVerdict.Approve);
            case ApprovalRule.Majority:
                var needed = (approvers / 2) + 1;
                if (approvals >= needed) return Passed(true);
                return approvers - objections < needed ? Passed(false) : ApprovalEffect.Pending;
            default:
                if (objections > 0) return Passed(false);
                return approvals >= approvers ? Passed(true) : ApprovalEffect.Pending;
        }
    }

    // Endorsed stands for "this stage passed"; the process turns it into Approved at the Commission stage.
    private static ApprovalEffect Passed(bool yes) => yes ? ApprovalEffect.Endorsed : ApprovalEffect.Returned;
}
