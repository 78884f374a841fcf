using Takomil.Domain.Services;

namespace Takomil.Domain.Inspections;

/// <summary>One accepted transition, kept in the inspection's history.</summary>
public sealed record StageChange(
    InspectionStage From,
    InspectionStage To,
    InspectionTrigger Trigger,
    Guid By,
    DateTimeOffset At,
    DecisionReference? Decision,
    string? Reason);
