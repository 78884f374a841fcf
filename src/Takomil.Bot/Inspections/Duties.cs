using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using S = Takomil.Domain.Inspections.InspectionStage;
using T = Takomil.Domain.Inspections.InspectionTrigger;

namespace Takomil.Bot.Inspections;

/// <summary>
/// Who owes what: for one member, the work their working-group roles allow at the current stage and that is not
/// done yet. Rights come from the domain alone — <see cref="AccessPolicy"/> for content, the state machine's
/// available triggers for stage moves — so this never grants anything; it only reads what is pending.
/// Ministry-wide roles are left out: a duty belongs to the group.
/// </summary>
public static class Duties
{
    public static IReadOnlyList<Duty> Owed(Inspection inspection, Guid officialId, InspectionProgress progress)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(progress);
        if (inspection.FindMember(officialId) is null) return [];
        var actor = inspection.ActorFor(officialId, SystemRole.None);
        var triggers = inspection.AvailableTriggers(actor).ToHashSet();
        var duties = new List<Duty>();
        var stage = inspection.Stage;

        if (stage == S.Listed)
        {
            var missing = MissingToStart(inspection);
            if (missing.Count > 0 && AccessPolicy.Allows(actor, Permission.AddMember))
            {
                duties.Add(new Duty(DutyKind.CompleteWorkingGroup) { MissingRoles = missing });
            }
            if (triggers.Contains(T.Start)) duties.Add(new Duty(DutyKind.Start));
        }
        if (stage == S.Inspecting)
        {
            var incomplete = progress.SectionsTotal - progress.SectionsComplete;
            if (incomplete > 0 && AccessPolicy.Allows(actor, Permission.AnswerInterview)) duties.Add(new Duty(DutyKind.AnswerInterview));
            if (incomplete > 0 && AccessPolicy.Allows(actor, Permission.EditFacts)) duties.Add(new Duty(DutyKind.CollectFacts, incomplete, progress.SectionsTotal));
            var notReady = progress.Models.Where(m => !m.IsReady).Select(m => m.Kind).ToList();
            if (notReady.Count > 0 && AccessPolicy.Allows(actor, Permission.EditModel)) duties.Add(new Duty(DutyKind.BuildModels) { Models = notReady });
            if (triggers.Contains(T.MarkModelsDrafted)) duties.Add(new Duty(DutyKind.MarkModelsDrafted));
        }
        if (stage == S.ModelsDrafted)
        {
            if (AccessPolicy.Allows(actor, Permission.EditPlan)) duties.Add(new Duty(DutyKind.DraftPlan, inspection.PlanItems.Count));
            if (triggers.Contains(T.EndorsePlan)) duties.Add(new Duty(DutyKind.EndorsePlan));
        }
        if (triggers.Contains(T.ApprovePlan)) duties.Add(new Duty(DutyKind.ApprovePlan));

        var needSystems = inspection.PlanItems.Count(i => i.RequiresInformationSystem);
        if (triggers.Contains(T.SubmitIctProposals) && needSystems > 0) duties.Add(new Duty(DutyKind.SubmitIctProposals, needSystems));
        if (triggers.Contains(T.StartExecution) && !(stage == S.PlanApprovedByCommission && needSystems > 0))
        {
            duties.Add(new Duty(DutyKind.StartExecution));
        }
        if (stage == S.Executing)
        {
            var mine = inspection.PlanItems.Count(i => i.ExecutorId == officialId && !i.IsClosed);
            if (mine > 0 && AccessPolicy.Allows(actor, Permission.UpdatePlanItem)) duties.Add(new Duty(DutyKind.ReportPlanItems, mine));
            if (triggers.Contains(T.Complete) && inspection.PlanItems.All(i => i.IsClosed)) duties.Add(new Duty(DutyKind.Complete));
        }
        if (triggers.Contains(T.Resume)) duties.Add(new Duty(DutyKind.Resume));
        return duties;
    }

    /// <summary>
    /// The roles the group still lacks to start, as the state machine's own guard for <see cref="T.Start"/> reports them.
    /// </summary>
    public static IReadOnlyList<WorkingGroupRole> MissingToStart(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var guard = StageTransitions.For(T.Start).Guard(inspection, TransitionEvidence.None);
        if (guard.IsSuccess || guard.Refusal!.Code != ReasonCodes.InspectionWorkingGroupIncomplete) return [];
        var listed = guard.Refusal.Args.GetValueOrDefault("missingRoles") ?? string.Empty;
        return [.. listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => Enum.TryParse<WorkingGroupRole>(r, out var role) ? role : (WorkingGroupRole?)null)
            .OfType<WorkingGroupRole>()];
    }
}
