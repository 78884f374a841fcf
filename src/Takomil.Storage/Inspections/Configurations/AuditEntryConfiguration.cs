using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Audit;

namespace Takomil.Storage.Inspections.Configurations;

/// <summary>
/// The hash chain. The sequence is the primary key and is assigned by the writer (never by the database), so two
/// writers racing for the same number collide on the key instead of forking the chain.
/// </summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(200).IsRequired();
        // Text, not jsonb: the hash covers the exact characters, and jsonb would re-spell them.
        builder.Property(e => e.PayloadJson).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.Subject);
    }
}
