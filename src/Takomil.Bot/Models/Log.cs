using Microsoft.Extensions.Logging;

namespace Takomil.Bot.Models;

internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Measure {ProposalId} of inspection {InspectionId}: accepted={Accepted} by {OfficialId}")]
    public static partial void MeasureDecided(ILogger logger, Guid inspectionId, string proposalId, bool accepted, Guid officialId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "A measure decision on inspection {InspectionId} by {OfficialId} named no current proposal")]
    public static partial void MeasureUnknown(ILogger logger, Guid inspectionId, Guid officialId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Golden sample {Sample} seeded as inspection {InspectionId} of {ServiceCode}")]
    public static partial void GoldenSeeded(ILogger logger, string sample, Guid inspectionId, string serviceCode);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Golden sample not seeded: {Reason}")]
    public static partial void GoldenSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Golden sample seed failed")]
    public static partial void GoldenCrashed(ILogger logger, Exception exception);
}
