using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Measures;

/// <summary>A proposal the working group accepted, with who accepted it and when.</summary>
public sealed record AcceptedProposal(MeasureProposal Proposal, Provenance AcceptedBy);
