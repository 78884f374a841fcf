using Microsoft.Extensions.Logging;

namespace Takomil.Bot.Inspections;

internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Information, "Inspection {InspectionId} of service {ServiceCode} ({Year}) created by {OfficialId}; chat linked: {ChatLinked}")]
    public static partial void InspectionCreated(ILogger logger, Guid inspectionId, string serviceCode, int year, Guid officialId, bool chatLinked);

    [LoggerMessage(102, LogLevel.Information, "{Count} member(s) added to inspection {InspectionId} by {OfficialId}")]
    public static partial void MembersAdded(ILogger logger, int count, Guid inspectionId, Guid officialId);

    [LoggerMessage(103, LogLevel.Information, "Refused {Act} for {OfficialId}: {Refusal}")]
    public static partial void Refused(ILogger logger, string act, Guid officialId, string refusal);

    [LoggerMessage(104, LogLevel.Warning, "Concurrent change of inspection {InspectionId}; the change by {OfficialId} was not saved ({Conflict})")]
    public static partial void Conflict(ILogger logger, Guid inspectionId, Guid officialId, string conflict);

    [LoggerMessage(105, LogLevel.Information, "Chat {ConversationId} linked to inspection {InspectionId} by {OfficialId}")]
    public static partial void ChatLinked(ILogger logger, string conversationId, Guid inspectionId, Guid officialId);

    [LoggerMessage(110, LogLevel.Information, "Development seed: {Agencies} agencies added; List {Year} imported with {Services} services, submitted and approved")]
    public static partial void SeedDone(ILogger logger, int agencies, int year, int services);

    [LoggerMessage(111, LogLevel.Information, "Development seed skipped: {Reason}")]
    public static partial void SeedSkipped(ILogger logger, string reason);

    [LoggerMessage(112, LogLevel.Warning, "Development seed failed: {Reason}")]
    public static partial void SeedFailed(ILogger logger, string reason);

    [LoggerMessage(113, LogLevel.Error, "Development seed failed")]
    public static partial void SeedCrashed(ILogger logger, Exception exception);
}
