using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;

namespace Takomil.Interviews;

/// <summary>
/// Applies the values of one confirmed (or partially answered) interview to the fact sheet and/or the as-is model
/// through their domain methods (which check access). Values another official already gave differently are NOT
/// overwritten: they come back as conflicts.
/// </summary>
public sealed class ModelBinder
{
    /// <summary>What scripts may bind to ("[]" marks the index of a repeat instance).</summary>
    public static IReadOnlyCollection<string> KnownPaths { get; } = [.. BindingTargets.All.Keys];

    public BindResult Apply(IReadOnlyList<BoundValue> values, FactSheet facts, ProcessModel asIs, Actor actor, Provenance provenance) =>
        throw new NotImplementedException();
}
