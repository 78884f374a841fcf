using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Measures;

/// <summary>
/// A p. 6 measure the analysis proposes: which measure, the findings it answers (its rationale) and the concrete
/// change to the model. The working group accepts or rejects it; accepted ones build the to-be model.
/// <see cref="Id"/> is stable for the same rule, measure and elements, so a decision survives a re-run.
/// </summary>
public sealed record MeasureProposal(
    string Id,
    Measure Measure,
    string RuleId,
    IReadOnlyList<string> FindingIds,
    IReadOnlyList<Transformation> Transformations)
{
    public static MeasureProposal Create(string ruleId, Measure measure, IReadOnlyList<string> findingIds, params Transformation[] transformations)
    {
        ArgumentNullException.ThrowIfNull(transformations);
        var id = StableId.Of("P-" + ruleId, [measure.ToString(), .. transformations.Select(t => t.Signature)]);
        return new MeasureProposal(id, measure, ruleId, findingIds, transformations);
    }

    /// <summary>Proposals are applied by stage (requests, removals, parallelism, …), then by id: order of acceptance never matters.</summary>
    internal int Stage => Transformations.Count == 0 ? int.MaxValue : Transformations.Min(t => t.Stage);
}
