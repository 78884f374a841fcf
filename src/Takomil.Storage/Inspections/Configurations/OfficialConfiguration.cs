using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Agencies;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("officials");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.TeamsUserId).HasMaxLength(200).IsRequired();
        builder.HasIndex(o => o.TeamsUserId).IsUnique();
        builder.HasIndex(o => o.EntraObjectId);
        builder.Property(o => o.DisplayName).HasMaxLength(300).IsRequired();
        builder.Property(o => o.Position).HasMaxLength(300);
        builder.Property(o => o.PreferredLanguage).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.SystemRole).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Agency>().WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
