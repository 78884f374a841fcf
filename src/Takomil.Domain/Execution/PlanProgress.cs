using Takomil.Domain.Inspections;

namespace Takomil.Domain.Execution;

/// <summary>One executor's share of the plan.</summary>
public sealed record ExecutorProgress(Guid ExecutorId, int Total, int Done, int Open, int Overdue, int Blocked);

/// <summary>
/// The plan dashboard's numbers (stage 5 monitoring, p. 25): items by status, the overdue ones, and per executor.
/// An item is overdue when its deadline is before <c>today</c> and it is neither done nor dropped.
/// </summary>
public sealed record PlanProgress(
    IReadOnlyDictionary<PlanItemStatus, int> ByStatus,
    IReadOnlyList<PlanItem> Overdue,
    IReadOnlyList<PlanItem> Blocked,
    IReadOnlyList<ExecutorProgress> Executors,
    int Total)
{
    public static PlanProgress Of(IReadOnlyList<PlanItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byStatus = Enum.GetValues<PlanItemStatus>().ToDictionary(s => s, s => items.Count(i => i.Status == s));
        var overdue = items.Where(i => IsOverdue(i, today)).OrderBy(i => i.Deadline).ThenBy(i => i.Order).ToList();
        var blocked = items.Where(i => i.Status == PlanItemStatus.Blocked).OrderBy(i => i.Order).ToList();
        var executors = items.Where(i => i.ExecutorId is not null)
            .GroupBy(i => i.ExecutorId!.Value)
            .Select(g => new ExecutorProgress(g.Key, g.Count(), g.Count(i => i.Status == PlanItemStatus.Done),
                g.Count(i => !i.IsClosed), g.Count(i => IsOverdue(i, today)), g.Count(i => i.Status == PlanItemStatus.Blocked)))
            .OrderByDescending(e => e.Overdue).ThenByDescending(e => e.Open).ThenBy(e => e.ExecutorId)
            .ToList();
        return new PlanProgress(byStatus, overdue, blocked, executors, items.Count);
    }

    public static bool IsOverdue(PlanItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.IsClosed && item.Deadline is { } d && d < today;
    }
}
