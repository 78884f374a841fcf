using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Execution;

internal sealed class IctProposalConfiguration : IEntityTypeConfiguration<IctProposal>
{
    public void Configure(EntityTypeBuilder<IctProposal> builder)
    {
        builder.ToTable("ict_proposals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.SystemName).HasMaxLength(IctProposal.MaxNameLength);
        builder.Property(x => x.Purpose).HasMaxLength(IctProposal.MaxPurposeLength);
        builder.Property(x => x.Agency).HasMaxLength(IctProposal.MaxAgencyLength);
        builder.Property(x => x.RelatedItemIds).HasJsonConversion();
        builder.Property(x => x.EstimatedCost).HasPrecision(18, 2);
        builder.Property(x => x.Priority).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.InspectionId);
    }
}
