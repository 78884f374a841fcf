using Takomil.Domain.Common;

namespace Takomil.Domain.Inspections;

public enum PlanItemStatus
{
    Planned = 0,
    InProgress = 1,
    Done = 2,
    Dropped = 3,

    /// <summary>Stage 5: the executor cannot go on; the note says why (the lead sees it on the dashboard).</summary>
    Blocked = 4,
}

/// <summary>
/// One measure of the action plan (p. 26): which measure of p. 6, in what order, by when, and who is responsible.
/// <see cref="RequiresInformationSystem"/> marks items that need an information system built, which makes
/// stage 4 (proposals for the state ICT order) necessary.
/// </summary>
public sealed record PlanItem(
    Guid Id,
    int Order,
    Measure Measure,
    string Description,
    DateOnly? Deadline,
    Guid? ExecutorId,
    bool RequiresInformationSystem,
    PlanItemStatus Status,
    string? StatusNote,
    Provenance Provenance)
{
    public bool IsClosed => Status is PlanItemStatus.Done or PlanItemStatus.Dropped;
}
