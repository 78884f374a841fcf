using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// The procedures while accepted proposals are applied. Every edit goes through <see cref="Update"/>, which records
/// the measure and the accepting person's provenance only on a step that really changed — that is what makes
/// applying the same set twice a no-op.
/// </summary>
internal sealed class ModelDraft(IEnumerable<Procedure> procedures, AnalysisOptions options)
{
    private List<Procedure> items = [.. procedures];

    public IReadOnlyList<Procedure> Items => items;

    public AnalysisOptions Options { get; } = options;

    /// <summary>The provenance of the proposal being applied.</summary>
    public Provenance Change { get; set; } = null!;

    public Procedure? Find(string key) => items.Find(p => p.Key == key);

    public bool Update(string key, Measure measure, Func<Procedure, Procedure> edit, bool mark = true)
    {
        var index = items.FindIndex(p => p.Key == key);
        if (index < 0) return false;
        var before = items[index];
        var after = edit(before);
        if (ProcedureEquality.Same(before, after)) return false;
        if (mark && !after.Measures.Contains(measure)) after = after with { Measures = [.. after.Measures, measure] };
        items[index] = after with { Provenance = Change };
        return true;
    }

    /// <summary>Adds the measure to a step that does not carry it yet.</summary>
    public bool Mark(string key, Measure measure)
    {
        var index = items.FindIndex(p => p.Key == key);
        if (index < 0 || items[index].Measures.Contains(measure)) return false;
        items[index] = items[index] with { Measures = [.. items[index].Measures, measure], Provenance = Change };
        return true;
    }

    public void InsertBefore(string key, Procedure procedure)
    {
        var index = items.FindIndex(p => p.Key == key);
        items.Insert(index < 0 ? items.Count : index, procedure);
    }

    public void Remove(string key) => items.RemoveAll(p => p.Key == key);

    public bool IsAncestor(string ancestor, string key)
    {
        var byKey = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var p in items) byKey.TryAdd(p.Key, p);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([key]);
        while (stack.Count > 0)
        {
            if (!byKey.TryGetValue(stack.Pop(), out var current)) continue;
            foreach (var pred in current.Predecessors)
            {
                if (pred == ancestor) return true;
                if (seen.Add(pred)) stack.Push(pred);
            }
        }
        return false;
    }

    /// <summary>The model's applicant lane, or a new one with the configured name.</summary>
    public Participant ApplicantLane() =>
        items.Select(p => p.Lane).FirstOrDefault(l => l.Kind == ParticipantKind.Applicant)
        ?? new Participant(ParticipantKind.Applicant, Options.ApplicantLaneName);

    public List<Procedure> Snapshot() => [.. items];

    public void Restore(List<Procedure> snapshot) => items = snapshot;

    /// <summary><paramref name="list"/> with <paramref name="key"/> replaced by <paramref name="with"/>, keeping order, no repeats.</summary>
    public static IReadOnlyList<string> Replace(IReadOnlyList<string> list, string key, IReadOnlyList<string> with)
    {
        var result = new List<string>();
        foreach (var item in list)
        {
            foreach (var k in item == key ? with : [item])
            {
                if (k != key && !result.Contains(k)) result.Add(k);
            }
        }
        return result;
    }

}
