using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Facts;

namespace Takomil.Storage.Inspections;

public sealed class FactSheetRepository(IInspectionsDbContext db)
{
    public Task<FactSheet?> FindAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        db.FactSheets.FirstOrDefaultAsync(f => f.InspectionId == inspectionId, cancellationToken);

    public void Add(FactSheet sheet) => db.FactSheets.Add(sheet);
}
