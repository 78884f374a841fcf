using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Approvals;
using Takomil.Storage.Approvals;

namespace Takomil.Storage;

/// <summary>The approval tables (Res. 184 p. 25–26, annex stage 3).</summary>
public sealed partial class TakomilDbContext
{
    public DbSet<ApprovalProcess> ApprovalProcesses => Set<ApprovalProcess>();
    public DbSet<PlanVersionRow> PlanVersions => Set<PlanVersionRow>();
    public DbSet<ApprovalCardRow> ApprovalCards => Set<ApprovalCardRow>();
}
