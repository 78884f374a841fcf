using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class ProcessModelConfiguration : IEntityTypeConfiguration<ProcessModel>
{
    public void Configure(EntityTypeBuilder<ProcessModel> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("process_models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(m => new { m.InspectionId, m.Kind }).IsUnique();
        builder.HasOne<Inspection>().WithMany().HasForeignKey(m => m.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Procedures).HasJsonConversion();
        builder.Property(m => m.LastChange).HasJsonConversion();
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}
