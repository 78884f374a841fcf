using Microsoft.EntityFrameworkCore;
using Takomil.Storage.Interviews;

namespace Takomil.Storage;

/// <summary>The interview tables (Res. 184 p. 24): sessions in progress and answers that clash.</summary>
public sealed partial class TakomilDbContext
{
    public DbSet<InterviewSessionRow> InterviewSessions => Set<InterviewSessionRow>();
    public DbSet<AnswerConflictRow> AnswerConflicts => Set<AnswerConflictRow>();
}
