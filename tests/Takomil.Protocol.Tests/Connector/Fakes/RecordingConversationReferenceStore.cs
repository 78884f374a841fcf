using System.Collections.Concurrent;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Tests.Connector.Fakes;

/// <summary>Conversation references in memory; serviceUrls count as known once saved or marked.</summary>
internal sealed class RecordingConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _serviceUrls = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _asked = new();

    /// <summary>Every serviceUrl the client asked about.</summary>
    public IReadOnlyList<string> Asked => [.. _asked];

    public void MarkKnown(string serviceUrl) => _serviceUrls[serviceUrl] = true;

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation?.Id is { } id) _byConversation[id] = reference;
        if (reference.ServiceUrl is { } url) MarkKnown(url);
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_byConversation.TryGetValue(conversationId, out var r) ? r : null);

    public Task<ConversationReference?> FindPersonalByUserAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_byConversation.Values.FirstOrDefault(r =>
            r.Conversation?.ConversationType == ConversationTypes.Personal && r.User?.Id == userId));

    public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        _asked.Enqueue(serviceUrl);
        return Task.FromResult(_serviceUrls.ContainsKey(serviceUrl));
    }
}
