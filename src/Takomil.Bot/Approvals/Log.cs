using Microsoft.Extensions.Logging;

namespace Takomil.Bot.Approvals;

internal static partial class Log
{
    [LoggerMessage(301, LogLevel.Information, "Concurrent change of inspection {InspectionId} (attempt {Attempt}): {Conflict}")]
    public static partial void ChangeConflict(ILogger logger, Guid inspectionId, int attempt, string conflict);

    [LoggerMessage(302, LogLevel.Information, "{Act} on inspection {InspectionId} by {OfficialId}: {Result}")]
    public static partial void Acted(ILogger logger, string act, Guid inspectionId, Guid officialId, string result);

    [LoggerMessage(303, LogLevel.Warning, "Approval card for inspection {InspectionId} could not be delivered to {Target}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, Guid inspectionId, string target);

    [LoggerMessage(304, LogLevel.Information, "Approval request for inspection {InspectionId} ({Stage}) posted to {Count} conversation(s)")]
    public static partial void Posted(ILogger logger, Guid inspectionId, string stage, int count);
}
