using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;

namespace Takomil.Domain.Approvals;

/// <summary>
/// The approval of one inspection's action plan (p. 25): the working group's meeting endorses it, then the
/// Republican Commission approves it (annex stage 3). Each stage has its approvers and its rule; a decision binds to
/// the exact plan version (number and content hash) that was submitted. When a stage's rule is met the inspection
/// moves on through <see cref="StageTransitions"/> (EndorsePlan, then ApprovePlan); an objection that decides the
/// stage sends the plan back to drafting, and only a new version may be submitted again.
/// </summary>
public sealed class ApprovalProcess
{
    public const int MaxCommentLength = 2000;

    private readonly List<ApprovalApprover> _approvers = [];
    private readonly List<ApprovalDecision> _decisions = [];

    private ApprovalProcess()
    {
    }

    public ApprovalProcess(Guid inspectionId) => InspectionId = inspectionId;

    public Guid InspectionId { get; private set; }

    public ApprovalState State { get; private set; }

    /// <summary>The stage under review (null while drafting and once approved).</summary>
    public ApprovalStage? CurrentStage { get; private set; }

    /// <summary>How many times the plan was submitted.</summary>
    public int Round { get; private set; }

    /// <summary>The plan version under review (kept after approval: the approved version).</summary>
    public int? PlanRevision { get; private set; }

    public string? Hash { get; private set; }

    /// <summary>The version the last objection returned: it may not be submitted again unchanged.</summary>
    public int? ReturnedRevision { get; private set; }

    public ApprovalRule WorkingGroupRule { get; private set; } = ApprovalRule.Everyone;

    public ApprovalRule CommissionRule { get; private set; } = ApprovalRule.Majority;

    public Guid? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public IReadOnlyList<ApprovalApprover> Approvers => _approvers;

    public IReadOnlyList<ApprovalDecision> Decisions => _decisions;

    public int Version { get; private set; }

    /// <summary>The version the approvers decide on, while in review or once approved.</summary>
    public PlanVersion? Submitted => PlanRevision is int number && Hash is not null ? new PlanVersion(number, Hash) : null;

    public ApprovalRule RuleOf(ApprovalStage stage) => stage == ApprovalStage.Commission ? CommissionRule : WorkingGroupRule;

    public IReadOnlyList<Guid> ApproversOf(ApprovalStage stage) => [.. _approvers.Where(a => a.Stage == stage).Select(a => a.OfficialId)];

    /// <summary>The decisions of this round at <paramref name="stage"/>, in the order they were made.</summary>
    public IReadOnlyList<ApprovalDecision> DecisionsOf(ApprovalStage stage) =>
        [.. _decisions.Where(d => d.Stage == stage && d.Round == Round && d.PlanRevision == PlanRevision).OrderBy(d => d.At)];

    /// <summary>Approvers of the current stage who have not answered yet (none unless in review).</summary>
    public IReadOnlyList<Guid> Pending => State == ApprovalState.InReview && CurrentStage is { } stage
        ? [.. ApproversOf(stage).Where(id => DecisionsOf(stage).All(d => d.ApproverId != id))]
        : [];

    public bool IsApprover(ApprovalStage stage, Guid officialId) => _approvers.Any(a => a.Stage == stage && a.OfficialId == officialId);

    /// <summary>The lead names a stage's approvers and its rule. Approvers must hold the stage's role in the working group.</summary>
    public Outcome Configure(Actor actor, Inspection inspection, ApprovalStage stage, ApprovalRule rule, IReadOnlyCollection<Guid> approvers)
    {
        ArgumentNullException.ThrowIfNull(approvers);
        var check = CheckLead(actor, inspection);
        if (!check.IsSuccess) return check;
        if (!Enum.IsDefined(stage) || !Enum.IsDefined(rule)) return Outcome.Refused(ReasonCodes.ValueInvalid, ("field", "rule"));
        if (State == ApprovalState.InReview && CurrentStage == stage) return Outcome.Refused(ApprovalReasonCodes.AlreadyInReview, ("stage", stage));
        if (approvers.Count == 0) return Outcome.Refused(ApprovalReasonCodes.NoApprovers, ("stage", stage));
        var roles = CheckRoles(inspection, stage, approvers);
        if (!roles.IsSuccess) return roles;
        _approvers.RemoveAll(a => a.Stage == stage);
        _approvers.AddRange(approvers.Distinct().Select(id => new ApprovalApprover(stage, id)));
        if (stage == ApprovalStage.Commission) CommissionRule = rule;
        else WorkingGroupRule = rule;
        return Outcome.Success;
    }

    /// <summary>
    /// The lead submits the current plan version to the working group. A stage without named approvers takes every
    /// member holding its role. Submitting a changed plan while an older version is in review replaces that review.
    /// </summary>
    public Outcome Submit(Actor actor, Inspection inspection, DateTimeOffset at)
    {
        var check = CheckLead(actor, inspection);
        if (!check.IsSuccess) return check;
        var plan = inspection.CurrentPlan;
        if (State == ApprovalState.InReview && (Hash == plan.Hash || CurrentStage == ApprovalStage.Commission))
        {
            return Outcome.Refused(ApprovalReasonCodes.AlreadyInReview, ("stage", CurrentStage));
        }
        if (inspection.Stage != InspectionStage.ModelsDrafted)
        {
            return Outcome.Refused(ReasonCodes.InspectionTransitionNotAllowed, ("trigger", InspectionTrigger.EndorsePlan), ("stage", inspection.Stage));
        }
        if (ReturnedRevision == plan.Number) return Outcome.Refused(ApprovalReasonCodes.NewVersionNeeded, ("version", plan.Label));
        var ready = StageTransitions.For(InspectionTrigger.EndorsePlan).Guard(inspection, TransitionEvidence.None);
        if (!ready.IsSuccess) return ready;
        foreach (var stage in Enum.GetValues<ApprovalStage>())
        {
            var named = ApproversOf(stage);
            var approvers = named.Count > 0 ? named : DefaultApprovers(inspection, stage);
            if (approvers.Count == 0) return Outcome.Refused(ApprovalReasonCodes.NoApprovers, ("stage", stage));
            var roles = CheckRoles(inspection, stage, approvers);
            if (!roles.IsSuccess) return roles;
            if (named.Count == 0) _approvers.AddRange(approvers.Select(id => new ApprovalApprover(stage, id)));
        }
        State = ApprovalState.InReview;
        CurrentStage = ApprovalStage.WorkingGroup;
        Round++;
        PlanRevision = plan.Number;
        Hash = plan.Hash;
        SubmittedBy = actor.OfficialId;
        SubmittedAt = Moments.Normalize(at);
        return Outcome.Success;
    }

    /// <summary>
    /// An approver decides on the version named by <paramref name="hash"/> at <paramref name="stage"/>. The same
    /// decision twice is one decision (the repeat succeeds with <see cref="DecisionResult.Repeated"/>); anything else
    /// that does not fit the review as it stands is refused with a reason and changes nothing.
    /// </summary>
    public Outcome<DecisionResult> Decide(
        Actor actor, Inspection inspection, ApprovalStage stage, string hash, ApprovalVerdict verdict, string? comment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(hash);
        if (inspection.Id != InspectionId) return Refusal.Of(ApprovalReasonCodes.WrongInspection);
        if (!Enum.IsDefined(stage) || !Enum.IsDefined(verdict)) return Refusal.Of(ReasonCodes.ValueInvalid, ("field", "decision"));
        var current = State == ApprovalState.InReview && hash == Hash;
        var earlier = current
            ? _decisions.FirstOrDefault(d => d.Stage == stage && d.PlanRevision == PlanRevision && d.ApproverId == actor.OfficialId)
            : _decisions.LastOrDefault(d => d.Stage == stage && d.Hash == hash && d.ApproverId == actor.OfficialId);
        if (earlier is not null)
        {
            return earlier.Verdict == verdict
                ? Outcome.Ok(new DecisionResult(earlier, Repeated: true, ApprovalEffect.Pending))
                : Refusal.Of(ApprovalReasonCodes.AlreadyDecided, ("verdict", earlier.Verdict));
        }
        if (State != ApprovalState.InReview) return Refusal.Of(ApprovalReasonCodes.NotOpen, ("state", State));
        if (hash != Hash || inspection.CurrentPlan.Hash != Hash)
        {
            return Refusal.Of(ApprovalReasonCodes.VersionOutdated, ("version", inspection.CurrentPlan.Label));
        }
        if (stage != CurrentStage) return Refusal.Of(ApprovalReasonCodes.StageClosed, ("stage", stage));
        if (!IsApprover(stage, actor.OfficialId)) return Refusal.Of(ApprovalReasonCodes.NotApprover, ("stage", stage));
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (verdict != ApprovalVerdict.Approve && comment is null) return Refusal.Of(ApprovalReasonCodes.CommentRequired);
        if (comment?.Length > MaxCommentLength) return Refusal.Of(ApprovalReasonCodes.CommentTooLong, ("max", MaxCommentLength));

        var now = Moments.Normalize(at);
        var decision = new ApprovalDecision(stage, actor.OfficialId, PlanRevision!.Value, Hash!, verdict, comment, Round, now);
        var verdicts = DecisionsOf(stage).Select(d => d.Verdict).Append(verdict).ToList();
        var effect = ApprovalTally.Evaluate(RuleOf(stage), ApproversOf(stage).Count, verdicts);
        var moved = Advance(actor, inspection, stage, effect, comment, now);
        if (!moved.IsSuccess) return moved.Refusal!;
        _decisions.Add(decision);
        return Outcome.Ok(new DecisionResult(decision, Repeated: false, moved.Value));
    }

    /// <summary>Moves the inspection when the stage is decided; refuses (changing nothing) when the state machine does.</summary>
    private Outcome<ApprovalEffect> Advance(Actor actor, Inspection inspection, ApprovalStage stage, ApprovalEffect effect, string? comment, DateTimeOffset at)
    {
        if (effect == ApprovalEffect.Pending) return Outcome.Ok(effect);
        var plan = Submitted!;
        if (effect == ApprovalEffect.Returned)
        {
            if (stage == ApprovalStage.Commission)
            {
                var returned = inspection.Fire(actor, InspectionTrigger.ReturnPlan, TransitionEvidence.Because(comment ?? plan.Label), at);
                if (!returned.IsSuccess) return returned.Refusal!;
            }
            State = ApprovalState.Drafting;
            CurrentStage = null;
            ReturnedRevision = PlanRevision;
            return Outcome.Ok(ApprovalEffect.Returned);
        }
        var trigger = stage == ApprovalStage.Commission ? InspectionTrigger.ApprovePlan : InspectionTrigger.EndorsePlan;
        var minutes = new DecisionReference($"Takomil {plan.Label} ({stage})", DateOnly.FromDateTime(at.UtcDateTime));
        var fired = inspection.Fire(actor, trigger, TransitionEvidence.Of(minutes), at);
        if (!fired.IsSuccess) return fired.Refusal!;
        if (stage == ApprovalStage.Commission)
        {
            State = ApprovalState.Approved;
            CurrentStage = null;
            return Outcome.Ok(ApprovalEffect.Approved);
        }
        CurrentStage = ApprovalStage.Commission;
        return Outcome.Ok(ApprovalEffect.Endorsed);
    }

    private Outcome CheckLead(Actor actor, Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(inspection);
        if (inspection.Id != InspectionId) return Outcome.Refused(ApprovalReasonCodes.WrongInspection);
        if (actor.InspectionId is { } id && id != inspection.Id) return Outcome.Refused(ReasonCodes.NotInWorkingGroup, ("inspectionId", inspection.Id));
        return inspection.FindMember(actor.OfficialId)?.Roles.Contains(WorkingGroupRole.Lead) == true
            ? Outcome.Success
            : Outcome.Refused(ApprovalReasonCodes.LeadOnly);
    }

    public static WorkingGroupRole RoleFor(ApprovalStage stage) =>
        stage == ApprovalStage.Commission ? WorkingGroupRole.CommissionMember : WorkingGroupRole.Approver;

    private static List<Guid> DefaultApprovers(Inspection inspection, ApprovalStage stage) =>
        [.. inspection.Members.Where(m => m.Roles.Contains(RoleFor(stage))).Select(m => m.OfficialId)];

    private static Outcome CheckRoles(Inspection inspection, ApprovalStage stage, IEnumerable<Guid> approvers)
    {
        var role = RoleFor(stage);
        var lacking = approvers.FirstOrDefault(id => inspection.FindMember(id)?.Roles.Contains(role) != true);
        return lacking == Guid.Empty
            ? Outcome.Success
            : Outcome.Refused(ApprovalReasonCodes.ApproverLacksRole, ("officialId", lacking), ("role", role));
    }
}
