using Takomil.Domain.Access;
using Takomil.Domain.Common;

namespace Takomil.Domain.Inspections;

/// <summary>
/// One row of the state machine: from which stages a trigger applies, where it leads (null: back to the stage
/// before suspension), which permission it needs (and so, through <see cref="AccessPolicy"/>, which roles),
/// what evidence, and the guard that checks the evidence against the inspection.
/// </summary>
public sealed record TransitionRule(
    InspectionTrigger Trigger,
    IReadOnlySet<InspectionStage> From,
    InspectionStage? To,
    Permission Permission,
    EvidenceKind Evidence,
    Func<Inspection, TransitionEvidence, Outcome> Guard);
