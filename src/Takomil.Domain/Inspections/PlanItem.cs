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
/// One measure of the action plan (p. 26): which measure of p. 6, what is to be done, in what order and after which
/// other items, by when, the responsible agency and its named executor, and the effect expected.
/// <see cref="RequiresInformationSystem"/> marks items that need an information system built, which makes
/// stage 4 (proposals for the state ICT order) necessary. <see cref="SourceKey"/> names the accepted analysis measure
/// an item was made from, so the same measure is not added twice.
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
    Provenance Provenance,
    Guid? ResponsibleAgencyId = null,
    IReadOnlyList<Guid>? DependsOn = null,
    string? ExpectedEffect = null,
    string? SourceKey = null)
{
    public const int MaxTextLength = 2000;

    /// <summary>The items this one waits for (never null).</summary>
    public IReadOnlyList<Guid> Dependencies => DependsOn ?? [];

    public bool IsClosed => Status is PlanItemStatus.Done or PlanItemStatus.Dropped;
}
