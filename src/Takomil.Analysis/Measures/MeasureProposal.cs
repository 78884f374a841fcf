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

/// <summary>A proposal the working group accepted, with who accepted it and when.</summary>
public sealed record AcceptedProposal(MeasureProposal Proposal, Provenance AcceptedBy);

public enum ProposalEffect
{
    /// <summary>The model changed as proposed.</summary>
    Applied = 0,

    /// <summary>Nothing left to change: already applied, or its steps are gone.</summary>
    NoChange = 1,

    /// <summary>The change would have broken the order of procedures, so it was undone; see the issues.</summary>
    Reverted = 2,
}

public sealed record ProposalOutcome(string ProposalId, ProposalEffect Effect, IReadOnlyList<Refusal> Issues);

/// <summary>The to-be procedures and what became of each accepted proposal.</summary>
public sealed record ToBeResult(IReadOnlyList<Domain.Models.Procedure> Procedures, IReadOnlyList<ProposalOutcome> Outcomes);
