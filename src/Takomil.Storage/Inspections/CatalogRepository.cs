using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Agencies;
using Takomil.Domain.Services;

namespace Takomil.Storage.Inspections;

/// <summary>Agencies, officials and services. Adds are staged; <see cref="InspectionsUnitOfWork.CommitAsync"/> saves them.</summary>
public sealed class CatalogRepository(IInspectionsDbContext db)
{
    public Task<Agency?> FindAgencyAsync(Guid id, CancellationToken cancellationToken) =>
        db.Agencies.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<Agency?> FindAgencyByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Agencies.FirstOrDefaultAsync(a => a.Code == code, cancellationToken);

    public Task<Official?> FindOfficialAsync(Guid id, CancellationToken cancellationToken) =>
        db.Officials.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The official behind an inbound activity: by Teams user id, else by Entra object id.</summary>
    public Task<Official?> FindOfficialByTeamsUserAsync(string teamsUserId, Guid? entraObjectId, CancellationToken cancellationToken) =>
        db.Officials
            .Where(o => o.TeamsUserId == teamsUserId || (entraObjectId != null && o.EntraObjectId == entraObjectId))
            .OrderBy(o => o.TeamsUserId == teamsUserId ? 0 : 1)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<Service?> FindServiceAsync(Guid id, CancellationToken cancellationToken) =>
        db.Services.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Service?> FindServiceByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Services.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);

    public void Add(Agency agency) => db.Agencies.Add(agency);

    public void Add(Official official) => db.Officials.Add(official);

    public void Add(Service service) => db.Services.Add(service);
}
