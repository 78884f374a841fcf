using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Measures;

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
