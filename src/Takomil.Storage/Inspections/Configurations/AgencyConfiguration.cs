using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Agencies;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.ComplexProperty(a => a.Name, n =>
        {
            n.Property(x => x.UzLatn).HasColumnName("name_uz_latn").HasMaxLength(500).IsRequired();
            n.Property(x => x.UzCyrl).HasColumnName("name_uz_cyrl").HasMaxLength(500);
            n.Property(x => x.Ru).HasColumnName("name_ru").HasMaxLength(500);
            n.Property(x => x.En).HasColumnName("name_en").HasMaxLength(500);
        });
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
