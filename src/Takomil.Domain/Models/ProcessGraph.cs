using Takomil.Domain.Common;

namespace Takomil.Domain.Models;

/// <summary>
/// The order of procedures is a directed acyclic graph: predecessors must exist, and no procedure may
/// (even indirectly) wait for itself. Parallel branches are fine.
/// </summary>
public static class ProcessGraph
{
    /// <summary>Structural problems, each naming the steps involved. Empty when the graph is a valid DAG.</summary>
    public static IReadOnlyList<Refusal> StructuralIssues(IReadOnlyList<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var issues = new List<Refusal>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in procedures)
        {
            if (!keys.Add(p.Key)) issues.Add(Refusal.Of(ReasonCodes.ModelDuplicateStep, ("step", p.Key)));
        }
        foreach (var p in procedures)
        {
            foreach (var missing in p.Predecessors.Where(k => !keys.Contains(k)))
            {
                issues.Add(Refusal.Of(ReasonCodes.ModelDanglingPredecessor, ("step", p.Key), ("predecessor", missing)));
            }
        }
        if (FindCycle(procedures) is { } cycle)
        {
            issues.Add(Refusal.Of(ReasonCodes.ModelCycle, ("steps", string.Join(" → ", cycle))));
        }
        return issues;
    }

    /// <summary>
    /// The steps in a cycle in execution order, first step repeated at the end ("p2 → p3 → p2"), or null.
    /// </summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyList<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var byKey = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in procedures)
        {
            byKey.TryAdd(p.Key, p);
            order.TryAdd(p.Key, order.Count);
        }
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();

        List<string>? Visit(string key)
        {
            state[key] = 1;
            path.Add(key);
            foreach (var pred in byKey[key].Predecessors)
            {
                if (!byKey.ContainsKey(pred)) continue;
                state.TryGetValue(pred, out var s);
                if (s == 1)
                {
                    var start = path.IndexOf(pred);
                    var loop = path.GetRange(start, path.Count - start);
                    loop.Reverse();
                    // Start the report at the step listed first in the model, so it reads the same however found.
                    var first = loop.IndexOf(loop.MinBy(order.GetValueOrDefault)!);
                    var rotated = loop.Skip(first).Concat(loop.Take(first)).ToList();
                    rotated.Add(rotated[0]);
                    return rotated;
                }
                if (s == 0 && Visit(pred) is { } found) return found;
            }
            path.RemoveAt(path.Count - 1);
            state[key] = 2;
            return null;
        }

        foreach (var key in byKey.Keys)
        {
            if (!state.ContainsKey(key) && Visit(key) is { } cycle) return cycle;
        }
        return null;
    }

    /// <summary>
    /// Steps grouped by depth: every step's predecessors sit in earlier layers, so the steps of one layer may
    /// run in parallel. Only for a valid DAG.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Layers(IReadOnlyList<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        if (StructuralIssues(procedures).Count > 0) throw new InvalidOperationException("The process graph is not a valid DAG.");
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = procedures.ToDictionary(p => p.Key, StringComparer.Ordinal);

        int Depth(string key)
        {
            if (depth.TryGetValue(key, out var d)) return d;
            var preds = byKey[key].Predecessors;
            d = preds.Count == 0 ? 0 : preds.Max(Depth) + 1;
            depth[key] = d;
            return d;
        }

        return [.. procedures
            .GroupBy(p => Depth(p.Key))
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(p => p.Key)])];
    }
}
