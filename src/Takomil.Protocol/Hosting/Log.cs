using Microsoft.Extensions.Logging;

namespace Takomil.Protocol.Hosting;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning,
        "LOCAL MODE: MicrosoftAppId is not set. Inbound activities are accepted WITHOUT authentication, and only from loopback addresses. Never run like this behind a public endpoint.")]
    public static partial void LocalModeWarning(ILogger logger);

    [LoggerMessage(2, LogLevel.Warning, "Rejected inbound request from {RemoteIp}: {Status} ({Reason})")]
    public static partial void Rejected(ILogger logger, string? remoteIp, int status, string reason);

    [LoggerMessage(3, LogLevel.Debug, "Duplicate activity {ActivityId} in {ConversationId} ignored")]
    public static partial void Duplicate(ILogger logger, string? activityId, string? conversationId);

    [LoggerMessage(4, LogLevel.Error, "Turn failed for activity {ActivityId} ({ActivityType}) in {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType, string? conversationId);

    [LoggerMessage(5, LogLevel.Warning, "Send to {ConversationId} failed transiently ({Status}); queued in the outbox as {OutboxId}")]
    public static partial void SendQueued(ILogger logger, string? conversationId, int status, Guid outboxId);

    [LoggerMessage(6, LogLevel.Warning, "Send to {ConversationId} failed permanently: {Status} {Code}")]
    public static partial void SendFailedPermanently(ILogger logger, Exception exception, string? conversationId, int status, string? code);

    [LoggerMessage(7, LogLevel.Information, "Outbox item {OutboxId} delivered after {Attempts} attempts")]
    public static partial void OutboxDelivered(ILogger logger, Guid outboxId, int attempts);

    [LoggerMessage(8, LogLevel.Warning, "Outbox item {OutboxId} failed attempt {Attempts}: {Reason}")]
    public static partial void OutboxRetryFailed(ILogger logger, Guid outboxId, int attempts, string reason);

    [LoggerMessage(9, LogLevel.Error, "Outbox item {OutboxId} given up after {Attempts} attempts: {Reason}")]
    public static partial void OutboxGaveUp(ILogger logger, Guid outboxId, int attempts, string reason);

    [LoggerMessage(10, LogLevel.Error, "Turn error handler failed for activity {ActivityId}")]
    public static partial void ErrorHandlerFailed(ILogger logger, Exception exception, string? activityId);
}
