using System.Collections.Frozen;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Access;

/// <summary>
/// The one place that decides who may do what. Two tables: what each role grants, and in which stages
/// the content of an inspection may still change (facts are frozen once the models are drafted, etc.).
/// </summary>
public static class AccessPolicy
{
    private static readonly FrozenDictionary<WorkingGroupRole, FrozenSet<Permission>> RoleGrants =
        new Dictionary<WorkingGroupRole, FrozenSet<Permission>>
        {
            [WorkingGroupRole.Lead] = Set(
                Permission.ViewInspection, Permission.StartInspection, Permission.AddMember, Permission.RemoveMember,
                Permission.TriggerInterview, Permission.EditFacts, Permission.EditModel, Permission.MarkModelsDrafted,
                Permission.ReopenInspection, Permission.EditPlan, Permission.SubmitIctProposals,
                Permission.StartExecution, Permission.UpdatePlanItem, Permission.CompleteInspection,
                Permission.SuspendInspection),
            [WorkingGroupRole.Member] = Set(
                Permission.ViewInspection, Permission.TriggerInterview, Permission.EditFacts, Permission.EditModel,
                Permission.EditPlan),
            [WorkingGroupRole.Interviewee] = Set(Permission.ViewInspection, Permission.AnswerInterview),
            [WorkingGroupRole.Approver] = Set(Permission.ViewInspection, Permission.ApproveAsWorkingGroup),
            [WorkingGroupRole.CommissionMember] = Set(Permission.ViewInspection, Permission.ApproveAsCommission),
            [WorkingGroupRole.Executor] = Set(Permission.ViewInspection, Permission.UpdatePlanItem, Permission.SubmitIctProposals),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<SystemRole, FrozenSet<Permission>> SystemGrants =
        new Dictionary<SystemRole, FrozenSet<Permission>>
        {
            [SystemRole.None] = Set(),
            [SystemRole.MinistryLead] = Set(
                Permission.ViewInspection, Permission.CreateInspection, Permission.AddMember, Permission.RemoveMember,
                Permission.EditServiceList, Permission.SubmitServiceList, Permission.SuspendInspection),
            [SystemRole.CommissionSecretary] = Set(Permission.ViewInspection, Permission.ApproveServiceList),
            [SystemRole.Administrator] = Set(
                Permission.ViewInspection, Permission.CreateInspection, Permission.AddMember, Permission.RemoveMember,
                Permission.EditServiceList, Permission.SubmitServiceList, Permission.SuspendInspection,
                Permission.CancelInspection, Permission.VerifyAuditTrail),
        }.ToFrozenDictionary();

    /// <summary>Content permissions and the only stages in which they apply.</summary>
    private static readonly FrozenDictionary<Permission, FrozenSet<InspectionStage>> StageWindows =
        new Dictionary<Permission, FrozenSet<InspectionStage>>
        {
            [Permission.TriggerInterview] = Stages(InspectionStage.Inspecting),
            [Permission.AnswerInterview] = Stages(InspectionStage.Inspecting),
            [Permission.EditFacts] = Stages(InspectionStage.Inspecting),
            [Permission.EditModel] = Stages(InspectionStage.Inspecting),
            [Permission.EditPlan] = Stages(InspectionStage.Inspecting, InspectionStage.ModelsDrafted),
            [Permission.UpdatePlanItem] = Stages(InspectionStage.Executing),
            [Permission.AddMember] = Stages(Open()),
            [Permission.RemoveMember] = Stages(Open()),
        }.ToFrozenDictionary();

    public static IReadOnlySet<Permission> GrantedBy(WorkingGroupRole role) => RoleGrants[role];

    public static IReadOnlySet<Permission> GrantedBy(SystemRole role) => SystemGrants[role];

    /// <summary>Whether <paramref name="actor"/> may use <paramref name="permission"/> now.</summary>
    public static Outcome Decide(Actor actor, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var granted = SystemGrants[actor.SystemRole].Contains(permission)
            || actor.Roles.Any(role => RoleGrants[role].Contains(permission));
        if (!granted)
        {
            var code = actor.InspectionId is not null && actor.Roles.Count == 0 && actor.SystemRole == SystemRole.None
                ? ReasonCodes.NotInWorkingGroup
                : ReasonCodes.AccessDenied;
            return Outcome.Refused(code, ("permission", permission));
        }
        if (actor.Stage is { } stage && StageWindows.TryGetValue(permission, out var window) && !window.Contains(stage))
        {
            return Outcome.Refused(ReasonCodes.StageLocked, ("permission", permission), ("stage", stage));
        }
        return Outcome.Success;
    }

    public static bool Allows(Actor actor, Permission permission) => Decide(actor, permission).IsSuccess;

    private static InspectionStage[] Open() =>
        Enum.GetValues<InspectionStage>().Where(s => !s.IsTerminal()).ToArray();

    private static FrozenSet<Permission> Set(params Permission[] permissions) => permissions.ToFrozenSet();

    private static FrozenSet<InspectionStage> Stages(params InspectionStage[] stages) => stages.ToFrozenSet();
}
