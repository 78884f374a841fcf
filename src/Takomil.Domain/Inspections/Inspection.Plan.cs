using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;

namespace Takomil.Domain.Inspections;

/// <summary>
/// The action plan of the inspection (p. 25–26): drafted in stage 2, carried out in stage 5. Every change of its
/// content raises <see cref="PlanRevision"/>; <see cref="CurrentPlan"/> is that number with the content hash.
/// </summary>
public sealed partial class Inspection
{
    /// <summary>Raised by every change of the plan's content (not by execution reports).</summary>
    public int PlanRevision { get; private set; }

    /// <summary>The plan as it stands: version number and content hash.</summary>
    public PlanVersion CurrentPlan => PlanVersion.Of(PlanRevision, PlanItems);

    /// <summary>Adds or replaces a plan item while the plan is being drafted.</summary>
    public Outcome PutPlanItem(Actor actor, PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var access = CheckMembership(actor, Permission.EditPlan);
        if (!access.IsSuccess) return access;
        if (!Enum.IsDefined(item.Measure)) return Outcome.Refused(ReasonCodes.ValueInvalid, ("field", "measure"));
        var content = CheckContent(item);
        if (!content.IsSuccess) return content;
        var list = PlanItems.Where(i => i.Id != item.Id)
            .Append(item with { Status = PlanItemStatus.Planned, StatusNote = null, DependsOn = [.. item.Dependencies.Distinct()] })
            .OrderBy(i => i.Order).ToList();
        var graph = CheckDependencies(list);
        if (!graph.IsSuccess) return graph;
        ReplacePlan(list);
        return Outcome.Success;
    }

    /// <summary>Removes an item; items that waited for it no longer do.</summary>
    public Outcome RemovePlanItem(Actor actor, Guid itemId)
    {
        var access = CheckMembership(actor, Permission.EditPlan);
        if (!access.IsSuccess) return access;
        if (!PlanItems.Any(i => i.Id == itemId)) return Outcome.Refused(ReasonCodes.PlanItemNotFound, ("itemId", itemId));
        ReplacePlan([.. PlanItems.Where(i => i.Id != itemId)
            .Select(i => i.Dependencies.Contains(itemId) ? i with { DependsOn = [.. i.Dependencies.Where(d => d != itemId)] } : i)]);
        return Outcome.Success;
    }

    /// <summary>
    /// Accepted measures of the analysis become plan items at the end of the plan, in the order given, in one new
    /// version. A measure whose <see cref="AcceptedMeasure.SourceKey"/> is already in the plan is skipped.
    /// </summary>
    /// <returns>The items added (none when every measure was already there; the version then stays).</returns>
    public Outcome<IReadOnlyList<PlanItem>> AddPlanItemsFromMeasures(Actor actor, IReadOnlyList<AcceptedMeasure> measures, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(provenance);
        var access = CheckMembership(actor, Permission.EditPlan);
        if (!access.IsSuccess) return access.Refusal!;
        var known = PlanItems.Select(i => i.SourceKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var order = PlanItems.Count == 0 ? 0 : PlanItems.Max(i => i.Order);
        var added = new List<PlanItem>();
        foreach (var measure in measures)
        {
            if (string.IsNullOrWhiteSpace(measure.SourceKey) || !known.Add(measure.SourceKey)) continue;
            var item = new PlanItem(Guid.NewGuid(), ++order, measure.Measure, measure.Description, null, null,
                measure.RequiresInformationSystem, PlanItemStatus.Planned, null, provenance,
                ExpectedEffect: measure.ExpectedEffect, SourceKey: measure.SourceKey);
            if (!Enum.IsDefined(item.Measure)) return Refusal.Of(ReasonCodes.ValueInvalid, ("field", "measure"));
            var content = CheckContent(item);
            if (!content.IsSuccess) return content.Refusal!;
            added.Add(item);
        }
        if (added.Count > 0) ReplacePlan([.. PlanItems, .. added]);
        return Outcome.Ok<IReadOnlyList<PlanItem>>(added);
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

    private void ReplacePlan(IReadOnlyList<PlanItem> items)
    {
        PlanItems = [.. items.OrderBy(i => i.Order)];
        PlanRevision++;
    }

    private static Outcome CheckContent(PlanItem item)
    {
        if (item.Order < 1) return Outcome.Refused(ApprovalReasonCodes.PlanOrderInvalid, ("order", item.Order));
        if (item.Description is null) return Outcome.Refused(ApprovalReasonCodes.PlanDescriptionRequired);
        if (item.Description.Length > PlanItem.MaxTextLength || item.ExpectedEffect?.Length > PlanItem.MaxTextLength)
        {
            return Outcome.Refused(ApprovalReasonCodes.PlanTextTooLong, ("max", PlanItem.MaxTextLength));
        }
        return Outcome.Success;
    }

    /// <summary>Every dependency names another item of the plan, and no item waits for itself through others.</summary>
    private static Outcome CheckDependencies(IReadOnlyList<PlanItem> items)
    {
        var byId = items.ToDictionary(i => i.Id);
        foreach (var item in items)
        {
            foreach (var dependency in item.Dependencies)
            {
                if (dependency == item.Id || !byId.ContainsKey(dependency))
                {
                    return Outcome.Refused(ApprovalReasonCodes.PlanDependencyUnknown, ("order", item.Order));
                }
            }
        }
        // Depth-first search with colours: grey on the path, black finished.
        var colour = new Dictionary<Guid, int>();
        foreach (var item in items)
        {
            var cycle = Visit(item.Id, byId, colour);
            if (cycle is not null) return Outcome.Refused(ApprovalReasonCodes.PlanDependencyCycle, ("order", cycle.Value));
        }
        return Outcome.Success;
    }

    private static int? Visit(Guid id, Dictionary<Guid, PlanItem> byId, Dictionary<Guid, int> colour)
    {
        if (colour.TryGetValue(id, out var c)) return c == 1 ? byId[id].Order : null;
        colour[id] = 1;
        foreach (var next in byId[id].Dependencies)
        {
            var found = Visit(next, byId, colour);
            if (found is not null) return found;
        }
        colour[id] = 2;
        return null;
    }
}
