using Microsoft.Extensions.Logging;

namespace Takomil.Bot.Interviews;

internal static partial class Log
{
    [LoggerMessage(201, LogLevel.Information, "Interview {SessionId} ({ScriptId}) requested by {RequestedBy} for {IntervieweeId} on inspection {InspectionId}")]
    public static partial void Requested(ILogger logger, Guid sessionId, string scriptId, Guid requestedBy, Guid intervieweeId, Guid inspectionId);

    [LoggerMessage(202, LogLevel.Information, "Interview {SessionId} ({ScriptId}) confirmed: {Applied} item(s) applied, {Conflicts} conflict(s)")]
    public static partial void Confirmed(ILogger logger, Guid sessionId, string scriptId, int applied, int conflicts);

    [LoggerMessage(203, LogLevel.Information, "Interview {SessionId}: the domain refused the answers: {Refusal}")]
    public static partial void BindRefused(ILogger logger, Guid sessionId, string refusal);

    [LoggerMessage(204, LogLevel.Warning, "Interview {SessionId}: confirmation lost a race and was not saved ({Conflict})")]
    public static partial void ConfirmConflict(ILogger logger, Guid sessionId, string conflict);

    [LoggerMessage(205, LogLevel.Warning, "Interview {SessionId}: the interviewee could not be reached ({Reason})")]
    public static partial void Unreachable(ILogger logger, Guid sessionId, string reason);

    [LoggerMessage(206, LogLevel.Information, "Conflict {ConflictId} on {Path} decided by {OfficialId}: {Choice}")]
    public static partial void ConflictResolved(ILogger logger, Guid conflictId, string path, Guid officialId, string choice);

    [LoggerMessage(207, LogLevel.Information, "Interview reminder sent for session {SessionId}")]
    public static partial void Reminded(ILogger logger, Guid sessionId);

    [LoggerMessage(208, LogLevel.Warning, "Interview reminder for session {SessionId} could not be sent: {Reason}")]
    public static partial void ReminderFailed(ILogger logger, Guid sessionId, string reason);
}
