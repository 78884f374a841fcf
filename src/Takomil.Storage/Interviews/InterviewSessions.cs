using Microsoft.EntityFrameworkCore;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Interviews;

/// <summary>
/// Interview sessions and answer conflicts. A session row is not a domain aggregate: its own saves go through
/// <see cref="SaveAsync"/> (version-checked); when an interview's values reach the fact sheet or the model, the row is
/// saved in the same <see cref="InspectionsUnitOfWork"/> commit (which raises its version too) with the audit entry.
/// </summary>
public sealed class InterviewSessions(TakomilDbContext db)
{
    public Task<InterviewSessionRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.InterviewSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The interviewee's open interview (asking, paused or reviewing), the most recently active first.</summary>
    public Task<InterviewSessionRow?> OpenForAsync(Guid intervieweeId, CancellationToken cancellationToken) =>
        db.InterviewSessions.Where(s => s.IntervieweeId == intervieweeId && (s.Status == InterviewSessionStatus.Asking || s.Status == InterviewSessionStatus.Paused || s.Status == InterviewSessionStatus.Reviewing))
            .OrderByDescending(s => s.LastActivityAt).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<InterviewSessionRow>> ForInspectionAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        await db.InterviewSessions.AsNoTracking().Where(s => s.InspectionId == inspectionId)
            .OrderBy(s => s.StartedAt).ToListAsync(cancellationToken).ConfigureAwait(false);

    public void Add(InterviewSessionRow session) => db.InterviewSessions.Add(session);

    public void Add(AnswerConflictRow conflict) => db.AnswerConflicts.Add(conflict);

    /// <summary>Saves a changed session alone; the UPDATE carries the loaded version.</summary>
    /// <exception cref="ConcurrencyConflictException">Another turn saved the same session first; nothing was written.</exception>
    public async Task SaveAsync(InterviewSessionRow session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var entry = db.Entry(session);
        if (entry.State != EntityState.Added) session.Version = (int)entry.Property(nameof(InterviewSessionRow.Version)).OriginalValue! + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException([$"InterviewSession:{session.Id}"], ex);
        }
    }

    public Task<AnswerConflictRow?> FindConflictAsync(Guid id, CancellationToken cancellationToken) =>
        db.AnswerConflicts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<AnswerConflictRow>> ConflictsOfAsync(Guid inspectionId, bool openOnly, CancellationToken cancellationToken) =>
        await db.AnswerConflicts.AsNoTracking()
            .Where(c => c.InspectionId == inspectionId && (!openOnly || c.ResolvedAt == null))
            .OrderBy(c => c.DetectedAt).ThenBy(c => c.Path).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Open sessions idle since before <paramref name="idleSince"/> and not yet reminded in this idle period.</summary>
    public async Task<IReadOnlyList<Guid>> DueForReminderAsync(DateTimeOffset idleSince, int max, CancellationToken cancellationToken) =>
        await db.InterviewSessions.AsNoTracking()
            .Where(s => (s.Status == InterviewSessionStatus.Asking || s.Status == InterviewSessionStatus.Paused || s.Status == InterviewSessionStatus.Reviewing) && s.RemindedAt == null && s.LastActivityAt <= idleSince)
            .OrderBy(s => s.LastActivityAt).Select(s => s.Id).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Claims the reminder of one idle period with one conditional UPDATE: only the instance whose UPDATE changes the
    /// row sends it, so two instances (or two runs) never both remind.
    /// </summary>
    public async Task<bool> TryClaimReminderAsync(Guid sessionId, DateTimeOffset idleSince, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = await db.InterviewSessions
            .Where(s => s.Id == sessionId && (s.Status == InterviewSessionStatus.Asking || s.Status == InterviewSessionStatus.Paused || s.Status == InterviewSessionStatus.Reviewing) && s.RemindedAt == null && s.LastActivityAt <= idleSince)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RemindedAt, now).SetProperty(s => s.Version, s => s.Version + 1), cancellationToken)
            .ConfigureAwait(false);
        return changed == 1;
    }
}
