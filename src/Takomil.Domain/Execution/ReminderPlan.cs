using Takomil.Domain.Inspections;

namespace Takomil.Domain.Execution;

public enum NoticeKind
{
    /// <summary>Before the deadline, to the executor.</summary>
    Reminder = 0,

    /// <summary>After the deadline passed with the item still open, to the lead.</summary>
    Escalation = 1,
}

/// <summary>One timed notice about one plan item. <see cref="Key"/> names it for ever: a new deadline is a new key.</summary>
public sealed record ReminderSlot(Guid ItemId, NoticeKind Kind, TimeSpan Offset, DateOnly Deadline, DateTimeOffset FireAt)
{
    /// <summary>Stable name of the slot: the scheduler's trigger name and the "sent" marker's key.</summary>
    public string Key => Kind == NoticeKind.Reminder
        ? $"remind:{ItemId:N}:{Deadline:yyyyMMdd}:{(long)Offset.TotalMinutes}"
        : $"escalate:{ItemId:N}:{Deadline:yyyyMMdd}";
}

/// <summary>
/// When the reminders and the escalation of a plan item fall. A deadline is a date (p. 26); its moment is that
/// date at <paramref name="dueTime"/> in the country's time (UTC+5). Reminders come <c>offsets</c> before it;
/// the escalation comes <c>escalateAfter</c> after it.
/// </summary>
public static class ReminderPlan
{
    public static IReadOnlyList<ReminderSlot> For(PlanItem item, IReadOnlyCollection<TimeSpan> offsets, TimeSpan escalateAfter,
        TimeOnly dueTime, TimeSpan utcOffset, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(offsets);
        if (item.IsClosed || item.Deadline is not { } deadline || item.ExecutorId is null) return [];
        var due = DueMoment(deadline, dueTime, utcOffset);
        var slots = offsets.Distinct()
            .Select(o => new ReminderSlot(item.Id, NoticeKind.Reminder, o, deadline, due - o))
            // A reminder whose moment has passed says nothing useful any more; the escalation still matters.
            .Where(s => s.FireAt > now)
            .ToList();
        var escalation = due + escalateAfter;
        slots.Add(new ReminderSlot(item.Id, NoticeKind.Escalation, escalateAfter, deadline, escalation > now ? escalation : now));
        return slots;
    }

    public static DateTimeOffset DueMoment(DateOnly deadline, TimeOnly dueTime, TimeSpan utcOffset) =>
        new DateTimeOffset(deadline.ToDateTime(dueTime), utcOffset).ToUniversalTime();
}
