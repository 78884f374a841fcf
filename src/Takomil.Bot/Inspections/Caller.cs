using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Inspections;

/// <summary>The official behind this turn and the ministry-wide role they act with now.</summary>
public sealed record Caller(Official Official, SystemRole Role)
{
    public Guid Id => Official.Id;

    /// <summary>Outside any inspection: List work, creating inspections.</summary>
    public Actor Global => Actor.Global(Official.Id, Role);

    /// <summary>Inside <paramref name="inspection"/>: their roles there and its current stage.</summary>
    public Actor In(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return inspection.ActorFor(Official.Id, Role);
    }
}
