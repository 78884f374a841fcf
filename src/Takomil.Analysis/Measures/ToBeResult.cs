using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Measures;

/// <summary>The to-be procedures and what became of each accepted proposal.</summary>
public sealed record ToBeResult(IReadOnlyList<Domain.Models.Procedure> Procedures, IReadOnlyList<ProposalOutcome> Outcomes);
