using Takomil.Domain.Models;

namespace Takomil.Analysis.Graph;

/// <summary>
/// An index over a model's procedures: by key, successors, a topological order (Kahn, ties in model order) and the
/// longest path. Built once per analysis, so every rule stays linear in the size of the model.
/// </summary>
internal sealed class ModelGraph
{
    private readonly Dictionary<string, Procedure> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> position = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> successors = new(StringComparer.Ordinal);

    public ModelGraph(IReadOnlyList<Procedure> procedures)
    {
        Procedures = procedures;
        foreach (var p in procedures)
        {
            if (byKey.TryAdd(p.Key, p)) position[p.Key] = position.Count;
        }
        foreach (var p in byKey.Values)
        {
            foreach (var pred in p.Predecessors.Distinct(StringComparer.Ordinal))
            {
                if (!byKey.ContainsKey(pred)) continue;
                if (!successors.TryGetValue(pred, out var list)) successors[pred] = list = [];
                list.Add(p.Key);
            }
        }
        Topological = Sort();
    }

    public IReadOnlyList<Procedure> Procedures { get; }

    /// <summary>Keys in an order where every predecessor comes first; null when the graph has a cycle.</summary>
    public IReadOnlyList<string>? Topological { get; }

    public Procedure? Find(string key) => byKey.GetValueOrDefault(key);

    public int PositionOf(string key) => position.GetValueOrDefault(key, int.MaxValue);

    public IReadOnlyList<string> Successors(string key) => successors.TryGetValue(key, out var list) ? list : [];

    public IEnumerable<Procedure> PredecessorsOf(Procedure p) =>
        p.Predecessors.Distinct(StringComparer.Ordinal).Select(Find).OfType<Procedure>();

    /// <summary>Whether <paramref name="ancestor"/> must finish before <paramref name="key"/> (walks predecessors).</summary>
    public bool IsAncestor(string ancestor, string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(key);
        while (stack.Count > 0)
        {
            var current = Find(stack.Pop());
            if (current is null) continue;
            foreach (var pred in current.Predecessors)
            {
                if (pred == ancestor) return true;
                if (seen.Add(pred)) stack.Push(pred);
            }
        }
        return false;
    }

    /// <summary>
    /// The longest chain by <paramref name="duration"/> (steps without a known duration count zero), and its steps in
    /// order. Empty for a graph with a cycle.
    /// </summary>
    public (decimal Total, IReadOnlyList<string> Path) LongestPath(Func<Procedure, decimal> duration)
    {
        if (Topological is null || Topological.Count == 0) return (0m, []);
        var finish = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var via = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in Topological)
        {
            var p = byKey[key];
            string? best = null;
            var start = 0m;
            foreach (var pred in PredecessorsOf(p))
            {
                if (best is null || finish[pred.Key] > start) (best, start) = (pred.Key, finish[pred.Key]);
            }
            finish[key] = Common.Dec.Add(start, duration(p));
            via[key] = best;
        }
        var end = Topological.Aggregate((a, b) => finish[b] > finish[a] ? b : a);
        var path = new List<string>();
        for (string? k = end; k is not null; k = via[k]) path.Add(k);
        path.Reverse();
        return (finish[end], path);
    }

    private List<string>? Sort()
    {
        var indegree = byKey.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        foreach (var p in byKey.Values)
        {
            indegree[p.Key] = PredecessorsOf(p).Count();
        }
        var ready = new PriorityQueue<string, int>();
        foreach (var (key, degree) in indegree)
        {
            if (degree == 0) ready.Enqueue(key, position[key]);
        }
        var order = new List<string>(byKey.Count);
        while (ready.TryDequeue(out var key, out _))
        {
            order.Add(key);
            foreach (var s in Successors(key))
            {
                if (--indegree[s] == 0) ready.Enqueue(s, position[s]);
            }
        }
        return order.Count == byKey.Count ? order : null;
    }
}
