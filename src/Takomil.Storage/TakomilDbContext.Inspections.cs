using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Agencies;
using Takomil.Domain.Audit;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;

namespace Takomil.Storage;

/// <summary>The inspection tables (Res. 184 p. 11–13, 20–26).</summary>
public sealed partial class TakomilDbContext : IInspectionsDbContext
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ServiceList> ServiceLists => Set<ServiceList>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<FactSheet> FactSheets => Set<FactSheet>();
    public DbSet<ProcessModel> ProcessModels => Set<ProcessModel>();
    public DbSet<ProcessModelRevision> ProcessModelRevisions => Set<ProcessModelRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MeasureDecisionRow> MeasureDecisions => Set<MeasureDecisionRow>();
}
