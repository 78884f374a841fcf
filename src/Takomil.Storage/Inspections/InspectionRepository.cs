using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Inspections;

namespace Takomil.Storage.Inspections;

/// <summary>Inspections with their working group (members are owned rows, always loaded with the inspection).</summary>
public sealed class InspectionRepository(IInspectionsDbContext db)
{
    public Task<Inspection?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Inspections.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<Inspection?> FindByServiceAsync(Guid serviceId, int year, CancellationToken cancellationToken) =>
        db.Inspections.FirstOrDefaultAsync(i => i.ServiceId == serviceId && i.Year == year, cancellationToken);

    /// <summary>The inspections whose working group includes <paramref name="officialId"/> ("my inspections").</summary>
    public async Task<IReadOnlyList<Inspection>> ListForMemberAsync(Guid officialId, CancellationToken cancellationToken) =>
        await db.Inspections
            .Where(i => i.Members.Any(m => m.OfficialId == officialId))
            .OrderBy(i => i.Deadline)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Inspection>> ListByStageAsync(InspectionStage stage, CancellationToken cancellationToken) =>
        await db.Inspections.Where(i => i.Stage == stage).OrderBy(i => i.Deadline).ToListAsync(cancellationToken);

    public void Add(Inspection inspection) => db.Inspections.Add(inspection);
}
