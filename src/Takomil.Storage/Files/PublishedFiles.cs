using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Files;

/// <summary>Stores produced files under a fresh random token and finds them until they expire.</summary>
public sealed class PublishedFiles(TakomilDbContext db, TimeProvider time)
{
    public async Task<PublishedFileRow> PutAsync(
        string fileName, string contentType, byte[] content, Guid? inspectionId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        var now = time.GetUtcNow();
        var row = new PublishedFileRow
        {
            Token = Base64Url(RandomNumberGenerator.GetBytes(32)),
            FileName = fileName,
            ContentType = contentType,
            Content = content,
            InspectionId = inspectionId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.Set<PublishedFileRow>().Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.Entry(row).State = EntityState.Detached;
        return row;
    }

    /// <summary>The file, or null when the token is unknown or the file expired.</summary>
    public async Task<PublishedFileRow?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        var now = time.GetUtcNow();
        return await db.Set<PublishedFileRow>().AsNoTracking()
            .FirstOrDefaultAsync(x => x.Token == token && x.ExpiresAt > now, cancellationToken).ConfigureAwait(false);
    }

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Set<PublishedFileRow>().Where(x => x.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
