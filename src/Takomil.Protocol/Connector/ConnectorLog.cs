using Microsoft.Extensions.Logging;

namespace Takomil.Protocol.Connector;

/// <summary>Source-generated log messages of the connector client.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {Status}; retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string operation, int status, int retry, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed: HTTP {Status} {ErrorCode} after {Attempts} attempt(s)")]
    public static partial void CallFailed(ILogger logger, string operation, int status, string? errorCode, int attempts);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning,
        Message = "Connector {Operation} refused before sending: {ErrorCode}")]
    public static partial void Refused(ILogger logger, string operation, string? errorCode);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning,
        Message = "Connector {Operation} got no answer (attempt {Attempt})")]
    public static partial void NoAnswer(ILogger logger, Exception exception, string operation, int attempt);
}
