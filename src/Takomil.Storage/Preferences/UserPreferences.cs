using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Preferences;

/// <summary>A user's chosen language, and which conversations already had their welcome.</summary>
public interface IUserPreferences
{
    Task<string?> GetLanguageAsync(string userId, CancellationToken cancellationToken);
    Task SetLanguageAsync(string userId, string language, CancellationToken cancellationToken);
    /// <summary>True exactly once per conversation: the first caller gets to send the welcome.</summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken cancellationToken);
}

internal sealed class EfUserPreferences(TakomilDbContext db, TimeProvider time) : IUserPreferences
{
    public Task<string?> GetLanguageAsync(string userId, CancellationToken cancellationToken) =>
        db.UserPreferences.AsNoTracking().Where(x => x.UserId == userId).Select(x => x.Language).SingleOrDefaultAsync(cancellationToken);

    public async Task SetLanguageAsync(string userId, string language, CancellationToken cancellationToken)
    {
        var row = await db.UserPreferences.SingleOrDefaultAsync(x => x.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (row is null) db.UserPreferences.Add(row = new UserPreferenceRow { UserId = userId });
        row.Language = language;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken cancellationToken) =>
        InsertIfAbsent.WelcomeAsync(db, conversationId, time.GetUtcNow(), cancellationToken);
}
