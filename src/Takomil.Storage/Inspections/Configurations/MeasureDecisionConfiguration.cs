using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Inspections;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class MeasureDecisionConfiguration : IEntityTypeConfiguration<MeasureDecisionRow>
{
    public void Configure(EntityTypeBuilder<MeasureDecisionRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("measure_decisions");
        builder.HasKey(d => new { d.InspectionId, d.ProposalId });
        builder.Property(d => d.ProposalId).HasMaxLength(128);
        builder.Property(d => d.Measure).HasMaxLength(40);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Inspection>().WithMany().HasForeignKey(d => d.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
