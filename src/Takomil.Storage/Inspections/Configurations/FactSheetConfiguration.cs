using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;

namespace Takomil.Storage.Inspections.Configurations;

/// <summary>One row per inspection; each of the ten sections of p. 11 is a JSON column.</summary>
public sealed class FactSheetConfiguration : IEntityTypeConfiguration<FactSheet>
{
    public void Configure(EntityTypeBuilder<FactSheet> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("fact_sheets");
        builder.HasKey(f => f.InspectionId);
        builder.Property(f => f.InspectionId).ValueGeneratedNever();
        builder.HasOne<Inspection>().WithOne().HasForeignKey<FactSheet>(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.LegalActs).HasJsonConversion();
        builder.Property(f => f.Agencies).HasJsonConversion();
        builder.Property(f => f.CostAndTerms).HasJsonConversion();
        builder.Property(f => f.Recipients).HasJsonConversion();
        builder.Property(f => f.InputDocuments).HasJsonConversion();
        builder.Property(f => f.OutputDocuments).HasJsonConversion();
        builder.Property(f => f.InformationSystems).HasJsonConversion();
        builder.Property(f => f.NoInformationSystemsConfirmed).HasJsonConversion();
        builder.Property(f => f.Statistics).HasJsonConversion();
        builder.Property(f => f.PracticeAnalysis).HasJsonConversion();
        builder.Property(f => f.Appeals).HasJsonConversion();
        builder.Ignore(f => f.StatisticsYearsDue);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}
