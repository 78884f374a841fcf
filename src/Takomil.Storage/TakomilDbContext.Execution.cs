using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Execution;
using Takomil.Storage.Execution;

namespace Takomil.Storage;

/// <summary>Stage 4 proposals and stage 5 notices (Res. 184 annex, stages 4–5; p. 26).</summary>
public sealed partial class TakomilDbContext
{
    public DbSet<IctProposal> IctProposals => Set<IctProposal>();
    public DbSet<ExecutionNoticeRow> ExecutionNotices => Set<ExecutionNoticeRow>();
}
