using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Models;

namespace Takomil.Storage.Inspections;

/// <summary>Live process models, and the frozen revisions the unit of work keeps of them.</summary>
public sealed class ProcessModelRepository(IInspectionsDbContext db)
{
    public Task<ProcessModel?> FindAsync(Guid inspectionId, ProcessModelKind kind, CancellationToken cancellationToken) =>
        db.ProcessModels.FirstOrDefaultAsync(m => m.InspectionId == inspectionId && m.Kind == kind, cancellationToken);

    public async Task<IReadOnlyList<int>> ListRevisionsAsync(Guid modelId, CancellationToken cancellationToken) =>
        await db.ProcessModelRevisions.Where(r => r.ModelId == modelId).OrderBy(r => r.Revision).Select(r => r.Revision)
            .ToListAsync(cancellationToken);

    /// <summary>The procedures as they were at <paramref name="revision"/>, or null if that revision was never saved.</summary>
    public async Task<IReadOnlyList<Procedure>?> GetRevisionAsync(Guid modelId, int revision, CancellationToken cancellationToken)
    {
        var row = await db.ProcessModelRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ModelId == modelId && r.Revision == revision, cancellationToken);
        return row is null ? null : DomainJson.Deserialize<List<Procedure>>(row.ProceduresJson);
    }

    public void Add(ProcessModel model) => db.ProcessModels.Add(model);
}
