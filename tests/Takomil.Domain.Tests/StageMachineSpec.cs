using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using S = Takomil.Domain.Inspections.InspectionStage;
using T = Takomil.Domain.Inspections.InspectionTrigger;

namespace Takomil.Domain.Tests;

/// <summary>
/// The state machine as the tests expect it, written out independently of <see cref="StageTransitions"/> so
/// that a change to the table has to be made twice, on purpose.
/// </summary>
internal static class StageMachineSpec
{
    private static readonly S[] Open = [S.Listed, S.Inspecting, S.ModelsDrafted, S.PlanEndorsedByWorkingGroup,
        S.PlanApprovedByCommission, S.IctProposalsSubmitted, S.Executing];

    public static readonly (T Trigger, S From, S To)[] Allowed =
    [
        (T.Start, S.Listed, S.Inspecting),
        (T.MarkModelsDrafted, S.Inspecting, S.ModelsDrafted),
        (T.Reopen, S.ModelsDrafted, S.Inspecting),
        (T.EndorsePlan, S.ModelsDrafted, S.PlanEndorsedByWorkingGroup),
        (T.ApprovePlan, S.PlanEndorsedByWorkingGroup, S.PlanApprovedByCommission),
        (T.ReturnPlan, S.PlanEndorsedByWorkingGroup, S.ModelsDrafted),
        (T.SubmitIctProposals, S.PlanApprovedByCommission, S.IctProposalsSubmitted),
        (T.StartExecution, S.PlanApprovedByCommission, S.Executing),
        (T.StartExecution, S.IctProposalsSubmitted, S.Executing),
        (T.Complete, S.Executing, S.Completed),
        .. Open.Select(s => (T.Suspend, s, S.Suspended)),
        .. Open.Select(s => (T.Resume, S.Suspended, s)),
        .. Open.Append(S.Suspended).Select(s => (T.Cancel, s, S.Cancelled)),
    ];

    /// <summary>Who may fire each trigger, by the person holding the role in <see cref="Scenario"/>.</summary>
    public static IReadOnlySet<string> WhoMay(T trigger) => trigger switch
    {
        T.Start or T.MarkModelsDrafted or T.Reopen or T.StartExecution or T.Complete => Set("Lead"),
        T.EndorsePlan => Set("Approver"),
        T.ApprovePlan or T.ReturnPlan => Set("Commissioner"),
        T.SubmitIctProposals => Set("Lead", "Executor"),
        T.Suspend or T.Resume => Set("Lead", "MinistryLead", "Admin"),
        T.Cancel => Set("Admin"),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    public static readonly string[] People =
        ["Lead", "Member", "Interviewee", "Approver", "Commissioner", "Executor", "MinistryLead", "Admin", "Secretary", "Outsider"];

    public static Guid Person(Scenario s, string name) => name switch
    {
        "Lead" => s.Lead,
        "Member" => s.Member,
        "Interviewee" => s.Interviewee,
        "Approver" => s.Approver,
        "Commissioner" => s.Commissioner,
        "Executor" => s.Executor,
        "MinistryLead" => s.MinistryLead,
        "Admin" => s.Admin,
        "Secretary" => s.Secretary,
        _ => s.Outsider,
    };

    /// <summary>
    /// A scenario in <paramref name="from"/> with everything the trigger's guard wants in place, and the evidence
    /// that trigger asks for.
    /// </summary>
    public static (Scenario Scenario, TransitionEvidence Evidence) Prepare(T trigger, S from, S to)
    {
        var scenario = new Scenario(planNeedsInformationSystem: !(trigger == T.StartExecution && from == S.PlanApprovedByCommission));
        if (trigger == T.Resume)
        {
            // Resume goes back to where the inspection was suspended from: get there first, then suspend.
            scenario.At(to);
            Scenario.Ok(scenario.Inspection.Fire(scenario.As(scenario.Lead), T.Suspend, TransitionEvidence.Because("pause"), Scenario.Now));
        }
        else
        {
            scenario.At(from);
        }
        switch (trigger)
        {
            case T.MarkModelsDrafted:
                scenario.FillFacts();
                scenario.BuildModels();
                return (scenario, TransitionEvidence.Models(scenario.Facts, scenario.AsIs, scenario.ToBe));
            case T.EndorsePlan:
                scenario.DraftPlan();
                break;
            case T.Complete:
                scenario.CloseAllPlanItems();
                break;
        }
        var rule = StageTransitions.For(trigger);
        var evidence = rule.Evidence switch
        {
            EvidenceKind.Decision => TransitionEvidence.Of(Scenario.Decision()),
            EvidenceKind.Reason => TransitionEvidence.Because("a reason"),
            _ => TransitionEvidence.None,
        };
        return (scenario, evidence);
    }

    private static HashSet<string> Set(params string[] names) => [.. names];

    public static Permission PermissionOf(T trigger) => StageTransitions.For(trigger).Permission;
}
