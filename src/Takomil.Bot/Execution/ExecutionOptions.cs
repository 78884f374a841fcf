using System.Globalization;

namespace Takomil.Bot.Execution;

/// <summary>Section <c>Execution</c>: reminders, escalations and the durable scheduler of stage 5.</summary>
public sealed class ExecutionOptions
{
    public const string SectionName = "Execution";

    /// <summary>How long before a deadline the executor is reminded, comma separated (<c>d.hh:mm:ss</c>); default 7 and 1 days.</summary>
    public string ReminderOffsets { get; set; } = "7.00:00:00,1.00:00:00";

    /// <summary>How long after the deadline an open item is escalated to the lead.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The time of day (Tashkent, UTC+5) a deadline date falls due; reminders and escalations count from it.</summary>
    public TimeSpan DueTimeOfDay { get; set; } = TimeSpan.FromHours(9);

    /// <summary>How often the durable scheduler reconciles approved plans (assignment cards, reminder triggers).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Delay before the first reconciliation after start.</summary>
    public TimeSpan SweepStartDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the durable (ADO, clustered on PostgreSQL) scheduler runs in this host.</summary>
    public bool DurableSchedulerEnabled { get; set; } = true;

    /// <summary>Whether Quartz creates its <c>qrtz_</c> tables when they are missing (turn off where the account may not create tables).</summary>
    public bool ProvisionSchema { get; set; } = true;

    /// <summary>Cluster check-in interval (PostgreSQL); a node silent for longer is taken as dead and its work recovered.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows per section on the dashboard card (the card must stay under Teams' size limit).</summary>
    public int DashboardMaxRows { get; set; } = 15;

    public IReadOnlyList<TimeSpan> ParsedReminderOffsets() =>
        [.. ReminderOffsets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => TimeSpan.Parse(s, CultureInfo.InvariantCulture))
            .Where(t => t > TimeSpan.Zero)
            .Distinct()
            .OrderDescending()];

    public bool IsValid(out string reason)
    {
        try
        {
            var offsets = ParsedReminderOffsets();
            reason = offsets.Count > 10 ? "at most 10 reminder offsets" : string.Empty;
        }
        catch (FormatException)
        {
            reason = "ReminderOffsets must be comma-separated time spans such as 7.00:00:00";
        }
        if (reason.Length == 0 && (EscalateAfter < TimeSpan.Zero || DueTimeOfDay < TimeSpan.Zero || DueTimeOfDay >= TimeSpan.FromDays(1)))
        {
            reason = "EscalateAfter must not be negative and DueTimeOfDay must be within a day";
        }
        if (reason.Length == 0 && (SweepInterval < TimeSpan.FromSeconds(1) || DashboardMaxRows < 1))
        {
            reason = "SweepInterval must be at least 1 s and DashboardMaxRows at least 1";
        }
        return reason.Length == 0;
    }
}
