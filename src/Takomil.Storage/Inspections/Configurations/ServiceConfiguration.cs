using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Agencies;
using Takomil.Domain.Services;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.Code).IsUnique();
        builder.ComplexProperty(s => s.Name, n =>
        {
            n.Property(x => x.UzLatn).HasColumnName("name_uz_latn").HasMaxLength(1000).IsRequired();
            n.Property(x => x.UzCyrl).HasColumnName("name_uz_cyrl").HasMaxLength(1000);
            n.Property(x => x.Ru).HasColumnName("name_ru").HasMaxLength(1000);
            n.Property(x => x.En).HasColumnName("name_en").HasMaxLength(1000);
        });
        builder.Property(s => s.Recipients).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.ProviderAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
