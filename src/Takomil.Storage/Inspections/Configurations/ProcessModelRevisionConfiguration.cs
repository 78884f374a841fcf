using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Models;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class ProcessModelRevisionConfiguration : IEntityTypeConfiguration<ProcessModelRevision>
{
    public void Configure(EntityTypeBuilder<ProcessModelRevision> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("process_model_revisions");
        builder.HasKey(r => new { r.ModelId, r.Revision });
        builder.Property(r => r.Kind).HasMaxLength(10).IsRequired();
        builder.Property(r => r.ProceduresJson).IsRequired();
        builder.HasOne<ProcessModel>().WithMany().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Cascade);
    }
}
