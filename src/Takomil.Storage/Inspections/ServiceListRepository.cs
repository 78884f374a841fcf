using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Services;

namespace Takomil.Storage.Inspections;

public sealed class ServiceListRepository(IInspectionsDbContext db)
{
    public Task<ServiceList?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ServiceLists.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    public Task<ServiceList?> FindByYearAsync(int year, CancellationToken cancellationToken) =>
        db.ServiceLists.FirstOrDefaultAsync(l => l.Year == year, cancellationToken);

    public void Add(ServiceList list) => db.ServiceLists.Add(list);
}
