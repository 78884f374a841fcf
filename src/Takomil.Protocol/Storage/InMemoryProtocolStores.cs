using System.Collections.Concurrent;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Storage;

/// <summary>Process-local stores for tests and benchmarks; the host uses the durable ones in Takomil.Storage.</summary>
public sealed class InMemoryInboundActivityLog : IInboundActivityLog
{
    private readonly ConcurrentDictionary<string, (int? Status, string? Json)> _seen = new(StringComparer.Ordinal);

    public Task<InboundClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (_seen.TryAdd(key, (null, null))) return Task.FromResult(new InboundClaim(true, null, null));
        var (status, json) = _seen[key];
        return Task.FromResult(new InboundClaim(false, status, json));
    }

    public Task CompleteAsync(string key, int? invokeStatus, string? invokeResponseJson, CancellationToken cancellationToken)
    {
        _seen[key] = (invokeStatus, invokeResponseJson);
        return Task.CompletedTask;
    }
}

public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConversationReference> _personalByUser = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _serviceUrls = new(StringComparer.OrdinalIgnoreCase);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation?.Id is { } id) _byConversation[id] = reference;
        if (reference.Conversation?.ConversationType == ConversationTypes.Personal && reference.User?.Id is { } user) _personalByUser[user] = reference;
        if (reference.ServiceUrl is { } url) _serviceUrls[url.TrimEnd('/')] = 0;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_byConversation.TryGetValue(conversationId, out var r) ? r : null);

    public Task<ConversationReference?> FindPersonalByUserAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_personalByUser.TryGetValue(userId, out var r) ? r : null);

    public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken) =>
        Task.FromResult(serviceUrl is not null && _serviceUrls.ContainsKey(serviceUrl.TrimEnd('/')));
}

public sealed class InMemoryOutbox : IOutbox
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, (OutboxItem Item, DateTimeOffset LeaseUntil, bool Done)> _items = [];

    public IReadOnlyList<OutboxItem> Pending
    {
        get { lock (_gate) return _items.Values.Where(v => !v.Done).Select(v => v.Item).ToList(); }
    }

    public Task EnqueueAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate) _items[item.Id] = (item, DateTimeOffset.MinValue, false);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _items.Values
                .Where(v => !v.Done && v.Item.NextAttemptAt <= now && v.LeaseUntil <= now)
                .OrderBy(v => v.Item.CreatedAt).Take(max).Select(v => v.Item).ToList();
            foreach (var item in due) _items[item.Id] = (item, now + lease, false);
            return Task.FromResult<IReadOnlyList<OutboxItem>>(due);
        }
    }

    public Task MarkSentAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate) if (_items.TryGetValue(id, out var v)) _items[id] = (v.Item, v.LeaseUntil, true);
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(Guid id, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_items.TryGetValue(id, out var v))
            {
                var item = v.Item with { Attempts = v.Item.Attempts + 1, NextAttemptAt = nextAttemptAt ?? DateTimeOffset.MaxValue };
                _items[id] = (item, DateTimeOffset.MinValue, nextAttemptAt is null);
            }
        }
        return Task.CompletedTask;
    }
}
