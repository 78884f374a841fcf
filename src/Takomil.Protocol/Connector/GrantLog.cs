namespace Takomil.Protocol.Connector;

/// <summary>
/// The times (ascending, in ticks) at which one key was granted a request slot, newest
/// <see cref="Capacity"/> kept. A ring buffer that grows on demand, so quiet keys stay small.
/// Not thread-safe: <see cref="ConversationRateLimiter"/> guards it.
/// </summary>
internal sealed class GrantLog(int capacity)
{
    private long[] _items = new long[Math.Min(capacity, 8)];
    private int _head;

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    public long LastUsed { get; private set; } = long.MinValue;

    /// <summary>The <paramref name="index"/>-th oldest grant kept.</summary>
    public long this[int index] => _items[(_head + index) % _items.Length];

    public void Add(long ticks)
    {
        LastUsed = ticks;
        if (Count == Capacity)
        {
            // Only the newest Capacity grants can decide a wait; drop the oldest.
            _items[_head] = ticks;
            _head = (_head + 1) % _items.Length;
            return;
        }
        if (Count == _items.Length) Grow();
        _items[(_head + Count) % _items.Length] = ticks;
        Count++;
    }

    /// <summary>Forgets grants at or before <paramref name="cutoff"/>; they no longer count in any window.</summary>
    public void PruneUpTo(long cutoff)
    {
        while (Count > 0 && _items[_head] <= cutoff)
        {
            _head = (_head + 1) % _items.Length;
            Count--;
        }
    }

    /// <summary>
    /// How long until one more grant fits "at most <paramref name="limit"/> in any <paramref name="window"/>"
    /// (a grant at t counts while now - t &lt; window). Zero when it fits now.
    /// </summary>
    public long WaitFor(int limit, long window, long now)
    {
        var inWindow = CountAfter(now - window);
        if (inWindow < limit) return 0;
        // Of the grants in the window, all but the newest limit - 1 must leave it first.
        var mustExpire = this[Count - limit];
        return Math.Max(0, mustExpire + window - now);
    }

    private int CountAfter(long cutoff)
    {
        // Binary search for the first grant later than cutoff; the log is sorted.
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (this[mid] > cutoff) hi = mid;
            else lo = mid + 1;
        }
        return Count - lo;
    }

    private void Grow()
    {
        var bigger = new long[Math.Min(Capacity, Math.Max(8, _items.Length * 2))];
        for (var i = 0; i < Count; i++) bigger[i] = this[i];
        _items = bigger;
        _head = 0;
    }
}
