using System.Collections.Concurrent;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;

namespace Takomil.Bot.Tests.Support;

/// <summary>Stands in for the Bot Connector inside the test host: records every call, can be told to fail.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _nextId;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public ConcurrentQueue<(string ActivityId, Activity Activity)> Updated { get; } = new();

    public ConcurrentQueue<(string ServiceUrl, ConversationParameters Parameters)> Created { get; } = new();

    /// <summary>Starts every id this connector hands out, so two hosts on one database never hand out the same one.</summary>
    public string IdPrefix { get; set; } = string.Empty;

    /// <summary>When set, every call throws it until cleared.</summary>
    public ConnectorException? FailWith { get; set; }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (FailWith is { } failure) throw failure;
        Sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse { Id = $"{IdPrefix}sent-{Interlocked.Increment(ref _nextId)}" });
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken)
    {
        if (FailWith is { } failure) throw failure;
        Updated.Enqueue((activityId, activity));
        return Task.FromResult(new ResourceResponse { Id = activityId });
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        if (FailWith is { } failure) throw failure;
        Created.Enqueue((serviceUrl, parameters));
        return Task.FromResult(new ConversationResourceResponse { Id = $"{IdPrefix}conv-{Interlocked.Increment(ref _nextId)}" });
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedMembersResult { Members = [] });

    public void Clear()
    {
        Sent.Clear();
        Updated.Clear();
        Created.Clear();
    }
}
