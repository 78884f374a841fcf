using Takomil.Domain.Access;
using Takomil.Domain.Models;

namespace Takomil.Bot.Inspections;

/// <summary>Something a working-group member owes now; the text is <c>Duty.{Kind}</c>.</summary>
public enum DutyKind
{
    CompleteWorkingGroup,
    Start,
    AnswerInterview,
    CollectFacts,
    BuildModels,
    MarkModelsDrafted,
    DraftPlan,
    EndorsePlan,
    ApprovePlan,
    SubmitIctProposals,
    StartExecution,
    ReportPlanItems,
    Complete,
    Resume,
}

/// <summary>One duty with what its text shows: a count (and of how many), roles still missing, models not ready.</summary>
public sealed record Duty(DutyKind Kind, int Count = 0, int Of = 0)
{
    public IReadOnlyList<WorkingGroupRole> MissingRoles { get; init; } = [];

    public IReadOnlyList<ProcessModelKind> Models { get; init; } = [];
}
