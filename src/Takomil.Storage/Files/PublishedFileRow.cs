using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Takomil.Storage.Files;

/// <summary>
/// A file the bot produced for people to open (a diagram, a report). It is reached by an unguessable token in its
/// link and expires; the bytes live in the database so every instance can serve them.
/// </summary>
public sealed class PublishedFileRow
{
    /// <summary>256 random bits, base64url: the capability in the link.</summary>
    public required string Token { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>The inspection the file belongs to, so it can be removed with it.</summary>
    public Guid? InspectionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class PublishedFileConfiguration : IEntityTypeConfiguration<PublishedFileRow>
{
    public void Configure(EntityTypeBuilder<PublishedFileRow> builder)
    {
        builder.ToTable("published_files");
        builder.HasKey(x => x.Token);
        builder.Property(x => x.Token).HasMaxLength(64);
        builder.Property(x => x.FileName).HasMaxLength(200);
        builder.Property(x => x.ContentType).HasMaxLength(128);
        builder.HasIndex(x => x.ExpiresAt);
        builder.HasIndex(x => x.InspectionId);
    }
}
