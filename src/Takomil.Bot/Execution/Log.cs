namespace Takomil.Bot.Execution;

internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Inspection {InspectionId}: no conversation the bot shares with the working group; executor notices wait for one.")]
    public static partial void NoConversation(ILogger logger, Guid inspectionId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Official {OfficialId} cannot be reached in Teams ({Status} {Code}); the notice is not sent.")]
    public static partial void Unreachable(ILogger logger, Guid officialId, int status, string? code);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Execution sweep: {Inspections} approved plans, {Queued} executor notices queued, {Delivered} messages delivered.")]
    public static partial void Swept(ILogger logger, int inspections, int queued, int delivered);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Reminder {Key}: queued {Queued}.")]
    public static partial void ReminderFired(ILogger logger, string key, bool queued);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Sweep of inspection {InspectionId} stopped by a transient failure: {Reason}")]
    public static partial void SweepInterrupted(ILogger logger, Guid inspectionId, string reason);
}
