using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Domain.Inspections;

/// <summary>What a transition needs as proof.</summary>
public enum EvidenceKind
{
    None = 0,

    /// <summary>A formal decision: an order, the minutes of a meeting, the Commission's decision, a letter.</summary>
    Decision = 1,

    /// <summary>A written reason (returning, reopening, suspending, cancelling).</summary>
    Reason = 2,

    /// <summary>The fact sheet and both models, checked by the guard itself.</summary>
    FactsAndModels = 3,
}

/// <summary>
/// The evidence offered with a transition. The guard checks it itself (it recomputes completeness rather than
/// trusting a flag), so only the objects are passed, never a verdict.
/// </summary>
public sealed record TransitionEvidence(
    DecisionReference? Decision = null,
    string? Reason = null,
    FactSheet? Facts = null,
    ProcessModel? AsIs = null,
    ProcessModel? ToBe = null)
{
    public static TransitionEvidence None { get; } = new();

    public static TransitionEvidence Of(DecisionReference decision) => new(Decision: decision);

    public static TransitionEvidence Because(string reason) => new(Reason: reason);

    public static TransitionEvidence Models(FactSheet facts, ProcessModel asIs, ProcessModel toBe) =>
        new(Facts: facts, AsIs: asIs, ToBe: toBe);
}
