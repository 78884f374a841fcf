using System.Collections.Concurrent;
using System.Diagnostics;

namespace Takomil.Bench;

/// <summary>
/// Pairs each sent turn with the first reply that reaches the sink for it, keyed by
/// (conversation id, replyToId). Waiters are registered before the POST goes out, because a bot
/// may deliver its reply before it answers the inbound POST.
/// </summary>
internal sealed class ReplyTracker
{
    private readonly ConcurrentDictionary<(string Conversation, string ReplyTo), TaskCompletionSource<long>> _waiting = new();
    private long _replies;
    private long _unmatched;
    private long _otherCalls;
    private long _replyBytes;

    /// <summary>Message activities that reached the sink, matched or not.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>Replies for which no turn was waiting (late, duplicated, or addressed wrongly).</summary>
    public long Unmatched => Interlocked.Read(ref _unmatched);

    /// <summary>Connector calls that were not message replies (typing, member reads, ...).</summary>
    public long OtherCalls => Interlocked.Read(ref _otherCalls);

    /// <summary>Registers a turn; the task completes with the <see cref="Stopwatch"/> timestamp of its reply's arrival.</summary>
    public Task<long> Expect(string conversationId, string activityId)
    {
        var tcs = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.TryAdd((conversationId, activityId), tcs))
        {
            throw new InvalidOperationException($"activity id {activityId} reused in {conversationId}");
        }
        return tcs.Task;
    }

    public void Forget(string conversationId, string activityId) => _waiting.TryRemove((conversationId, activityId), out _);

    public void OnMessageReply(string conversationId, string? replyToId, long arrivedAt, long bodyBytes)
    {
        Interlocked.Increment(ref _replies);
        Interlocked.Add(ref _replyBytes, bodyBytes);
        if (replyToId is null || !_waiting.TryGetValue((conversationId, replyToId), out var tcs))
        {
            Interlocked.Increment(ref _unmatched);
            return;
        }
        // Only the first reply of a turn is its latency; later ones (a second card) just count.
        tcs.TrySetResult(arrivedAt);
    }

    public void OnOtherCall() => Interlocked.Increment(ref _otherCalls);

    public ReplyCounters Snapshot() => new(Replies, Unmatched, OtherCalls, Interlocked.Read(ref _replyBytes));
}

/// <param name="ReplyBytes">Body bytes of all message replies (a card reply is far larger than an echo).</param>
internal readonly record struct ReplyCounters(long Replies, long Unmatched, long OtherCalls, long ReplyBytes = 0)
{
    public long BytesPerReply => Replies > 0 ? ReplyBytes / Replies : 0;

    public static ReplyCounters operator -(ReplyCounters a, ReplyCounters b) =>
        new(a.Replies - b.Replies, a.Unmatched - b.Unmatched, a.OtherCalls - b.OtherCalls, a.ReplyBytes - b.ReplyBytes);

    public static ReplyCounters Subtract(ReplyCounters a, ReplyCounters b) => a - b;
}
