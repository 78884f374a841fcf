using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Connector;

/// <summary>The Bot Connector REST operations Takomil uses (brief §2). <c>serviceUrl</c> is per conversation.</summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>, or <c>.../activities</c> when <paramref name="activity"/> has no <c>replyToId</c>.</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>; the body is the full new activity.</summary>
    Task<ResourceResponse> UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c> (a proactive 1:1 needs the member's id and the tenant).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET v3/conversations/{id}/pagedmembers</c>.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}

/// <summary>A connector call that failed; <see cref="IsTransient"/> says whether a later retry may succeed.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int statusCode, string? errorCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorException() : this(0, null, "Connector call failed.") { }
    public ConnectorException(string message) : this(0, null, message) { }
    public ConnectorException(string message, Exception inner) : this(0, null, message, inner) { }

    /// <summary>HTTP status, or 0 when no answer came (network failure, time-out).</summary>
    public int StatusCode { get; }

    /// <summary>Teams' <c>error.code</c>, e.g. <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Worth retrying later from the outbox: no answer, 412, 429 or 5xx gateway errors.</summary>
    public bool IsTransient => StatusCode is 0 or 412 or 429 or 500 or 502 or 503 or 504;
}
