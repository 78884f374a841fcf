using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Takomil.Domain.Agencies;
using Takomil.Domain.Audit;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Storage.Inspections;

/// <summary>
/// What the inspection repositories need of a DbContext. The application's context implements it by declaring
/// these DbSets and calling <see cref="InspectionsModel.ConfigureInspections"/> in OnModelCreating; every other
/// member is already on <see cref="DbContext"/>.
/// </summary>
public interface IInspectionsDbContext
{
    DbSet<Agency> Agencies { get; }

    DbSet<Official> Officials { get; }

    DbSet<Service> Services { get; }

    DbSet<ServiceList> ServiceLists { get; }

    DbSet<Inspection> Inspections { get; }

    DbSet<FactSheet> FactSheets { get; }

    DbSet<ProcessModel> ProcessModels { get; }

    DbSet<ProcessModelRevision> ProcessModelRevisions { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<MeasureDecisionRow> MeasureDecisions { get; }

    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
