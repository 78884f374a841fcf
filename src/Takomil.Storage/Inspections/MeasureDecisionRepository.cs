using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Inspections;

/// <summary>The measure decisions of an inspection. Writes are staged here and saved by <see cref="InspectionsUnitOfWork"/>.</summary>
public sealed class MeasureDecisionRepository(IInspectionsDbContext db)
{
    public async Task<IReadOnlyList<MeasureDecisionRow>> ListAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        await db.MeasureDecisions.Where(d => d.InspectionId == inspectionId).OrderBy(d => d.ProposalId).ToListAsync(cancellationToken);

    public Task<MeasureDecisionRow?> FindAsync(Guid inspectionId, string proposalId, CancellationToken cancellationToken) =>
        db.MeasureDecisions.FirstOrDefaultAsync(d => d.InspectionId == inspectionId && d.ProposalId == proposalId, cancellationToken);

    public void Add(MeasureDecisionRow decision) => db.MeasureDecisions.Add(decision);
}
