using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Connector;

/// <summary>
/// The Bot Connector REST client (brief §2) over a typed <see cref="HttpClient"/>. All JSON goes through
/// <see cref="ProtocolJson.Options"/>; retries, rate limits and the token rules live in <see cref="ConnectorTransport"/>.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private readonly ConnectorTransport _transport;

    public ConnectorClient(
        HttpClient httpClient,
        IBotTokenProvider tokenProvider,
        IConversationReferenceStore references,
        ConversationRateLimiter rateLimiter,
        IOptions<ConnectorOptions> options,
        TimeProvider timeProvider,
        IConnectorDelay delay,
        ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _transport = new ConnectorTransport(
            httpClient,
            new ServiceUrlGuard(tokenProvider, references, o),
            rateLimiter,
            new ConnectorRetryPolicy(o),
            delay,
            timeProvider,
            o.RequestTimeout,
            logger);
    }

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = RequireConversationId(activity);
        var activities = $"v3/conversations/{ServiceUrls.Segment(conversationId)}/activities";
        var call = string.IsNullOrEmpty(activity.ReplyToId)
            ? new ConnectorCall("SendToConversation", HttpMethod.Post, activity.ServiceUrl, activities, Serialize(activity), conversationId)
            : new ConnectorCall("ReplyToActivity", HttpMethod.Post, activity.ServiceUrl,
                $"{activities}/{ServiceUrls.Segment(activity.ReplyToId)}", Serialize(activity), conversationId);

        var result = await _transport.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        // 202 without a body is a valid answer: the activity was accepted but got no id.
        return Read<ResourceResponse>(call, result) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var conversationId = RequireConversationId(activity);
        var call = new ConnectorCall("UpdateActivity", HttpMethod.Put, activity.ServiceUrl,
            $"v3/conversations/{ServiceUrls.Segment(conversationId)}/activities/{ServiceUrls.Segment(activityId)}",
            Serialize(activity), conversationId);

        var result = await _transport.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        // Teams often answers a PUT with an empty body; the activity keeps its id.
        var response = Read<ResourceResponse>(call, result);
        return response?.Id is null ? new ResourceResponse { Id = activityId } : response;
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // The conversation does not exist yet: limit creates per (tenant, members) so a loop cannot flood one person.
        var memberIds = parameters.Members is null ? "" : string.Join(',', parameters.Members.Select(m => m.Id));
        var call = new ConnectorCall("CreateConversation", HttpMethod.Post, serviceUrl, "v3/conversations",
            Serialize(parameters), $"create:{parameters.TenantId}:{memberIds}");

        var result = await _transport.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        var created = Read<ConversationResourceResponse>(call, result);
        if (string.IsNullOrEmpty(created?.Id))
        {
            throw new ConnectorException(result.Status, ConnectorErrorCodes.InvalidResponse,
                "CreateConversation succeeded but the answer holds no conversation id.");
        }
        return created;
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        if (pageSize is <= 0) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "pageSize must be positive.");

        var query = new List<string>(2);
        if (pageSize is { } size) query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(continuationToken)) query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        var path = $"v3/conversations/{ServiceUrls.Segment(conversationId)}/pagedmembers"
            + (query.Count == 0 ? "" : "?" + string.Join('&', query));
        var call = new ConnectorCall("GetConversationPagedMembers", HttpMethod.Get, serviceUrl, path, null, null);

        var result = await _transport.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        return Read<PagedMembersResult>(call, result)
            ?? throw new ConnectorException(result.Status, ConnectorErrorCodes.InvalidResponse,
                "GetConversationPagedMembers succeeded but the answer is empty.");
    }

    private static string RequireConversationId(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id
            ? id
            : throw new ArgumentException("The activity has no conversation.id.", nameof(activity));

    private static ReadOnlyMemory<byte> Serialize<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, ProtocolJson.Options);

    /// <summary>The answer's JSON, or null when the body is empty.</summary>
    private static T? Read<T>(ConnectorCall call, ConnectorAttempt result) where T : class
    {
        if (result.Body.IsEmpty) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(result.Body.Span, ProtocolJson.Options);
        }
        catch (JsonException e)
        {
            throw new ConnectorException(result.Status, ConnectorErrorCodes.InvalidResponse,
                $"{call.Operation} answered {result.Status} with a body that is not the expected JSON.", e);
        }
    }
}
