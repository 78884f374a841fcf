using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Approvals;

/// <summary>
/// Approval processes and plan versions. Like the inspection repositories it only finds and stages: the caller's
/// <see cref="InspectionsUnitOfWork"/> commit saves them with the inspection and the audit entry.
/// </summary>
public sealed class ApprovalRepository(TakomilDbContext db)
{
    public Task<ApprovalProcess?> FindAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        db.ApprovalProcesses.FirstOrDefaultAsync(p => p.InspectionId == inspectionId, cancellationToken);

    /// <summary>The inspection's process, staged as new when it has none yet.</summary>
    public async Task<ApprovalProcess> FindOrStageAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        if (found is not null) return found;
        var created = new ApprovalProcess(inspectionId);
        db.ApprovalProcesses.Add(created);
        return created;
    }

    /// <summary>Stages the row of the plan's current version (call after a change of the plan).</summary>
    public void StagePlanVersion(Inspection inspection, Guid changedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var plan = inspection.CurrentPlan;
        db.PlanVersions.Add(new PlanVersionRow
        {
            InspectionId = inspection.Id,
            Number = plan.Number,
            Hash = plan.Hash,
            ItemsJson = DomainJson.Serialize(inspection.PlanItems),
            ChangedBy = changedBy,
            SavedAt = at,
        });
    }

    public async Task<IReadOnlyList<PlanVersionRow>> VersionsAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        await db.PlanVersions.AsNoTracking().Where(v => v.InspectionId == inspectionId).OrderBy(v => v.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
