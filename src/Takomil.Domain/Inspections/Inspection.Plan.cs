using Takomil.Domain.Access;
using Takomil.Domain.Common;

namespace Takomil.Domain.Inspections;

/// <summary>The action plan of the inspection (p. 25–26): drafted in stage 2, carried out in stage 5.</summary>
public sealed partial class Inspection
{
    /// <summary>Adds or replaces a plan item while the plan is being drafted.</summary>
    public Outcome PutPlanItem(Actor actor, PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var access = CheckMembership(actor, Permission.EditPlan);
        if (!access.IsSuccess) return access;
        if (!Enum.IsDefined(item.Measure)) return Outcome.Refused(ReasonCodes.ValueInvalid, ("field", "measure"));
        var list = PlanItems.Where(i => i.Id != item.Id).Append(item with { Status = PlanItemStatus.Planned, StatusNote = null });
        PlanItems = [.. list.OrderBy(i => i.Order)];
        return Outcome.Success;
    }

    public Outcome RemovePlanItem(Actor actor, Guid itemId)
    {
        var access = CheckMembership(actor, Permission.EditPlan);
        if (!access.IsSuccess) return access;
        if (!PlanItems.Any(i => i.Id == itemId)) return Outcome.Refused(ReasonCodes.PlanItemNotFound, ("itemId", itemId));
        PlanItems = [.. PlanItems.Where(i => i.Id != itemId)];
        return Outcome.Success;
    }

    /// <summary>
    /// Stage 5: an executor reports progress on their own item; the lead may update any item.
    /// </summary>
    public Outcome UpdatePlanItem(Actor actor, Guid itemId, PlanItemStatus status, string? note, Provenance change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var access = CheckMembership(actor, Permission.UpdatePlanItem);
        if (!access.IsSuccess) return access;
        var item = PlanItems.FirstOrDefault(i => i.Id == itemId);
        if (item is null) return Outcome.Refused(ReasonCodes.PlanItemNotFound, ("itemId", itemId));
        if (FindMember(actor.OfficialId)?.Roles.Contains(WorkingGroupRole.Lead) != true && item.ExecutorId != actor.OfficialId)
        {
            return Outcome.Refused(ReasonCodes.NotAssignedExecutor, ("itemId", itemId));
        }
        if (!Enum.IsDefined(status)) return Outcome.Refused(ReasonCodes.ValueInvalid, ("field", "status"));
        var updated = item with { Status = status, StatusNote = note, Provenance = change };
        PlanItems = [.. PlanItems.Select(i => i.Id == itemId ? updated : i)];
        return Outcome.Success;
    }
}
