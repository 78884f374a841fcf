using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// Procedures compared by content: the record's own equality compares its lists by reference, which says nothing
/// about whether two models are the same.
/// </summary>
public static class ProcedureEquality
{
    /// <summary>Same content; provenance is ignored unless <paramref name="withProvenance"/>.</summary>
    public static bool Same(Procedure a, Procedure b, bool withProvenance = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Key == b.Key
            && a.Title == b.Title
            && Equals(a.Lane, b.Lane)
            && a.PerformerRole == b.PerformerRole
            && a.Kind == b.Kind
            && a.InputDocuments.SequenceEqual(b.InputDocuments)
            && a.OutputDocuments.SequenceEqual(b.OutputDocuments)
            && a.InformationSystems.SequenceEqual(b.InformationSystems)
            && Equals(a.TimeLimit, b.TimeLimit)
            && Equals(a.Cost, b.Cost)
            && a.Predecessors.SequenceEqual(b.Predecessors)
            && SameDecision(a.Decision, b.Decision)
            && a.Description == b.Description
            && a.Measures.SequenceEqual(b.Measures)
            && (!withProvenance || Equals(a.Provenance, b.Provenance));
    }

    /// <summary>Two procedure lists with the same steps, in the same order, with the same content.</summary>
    public static bool SameModel(IReadOnlyList<Procedure> a, IReadOnlyList<Procedure> b, bool withProvenance = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count == b.Count && a.Zip(b).All(pair => Same(pair.First, pair.Second, withProvenance));
    }

    private static bool SameDecision(DecisionPoint? a, DecisionPoint? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Question == b.Question && a.GrantCriteria.SequenceEqual(b.GrantCriteria) && a.RefusalCriteria.SequenceEqual(b.RefusalCriteria);
}
