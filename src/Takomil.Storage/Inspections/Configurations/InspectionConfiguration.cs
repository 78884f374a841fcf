using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("inspections");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.ServiceId, i.Year }).IsUnique();
        builder.HasIndex(i => i.Stage);
        builder.Property(i => i.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.StageBeforeSuspension).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.PlanItems).HasJsonConversion();
        builder.Property(i => i.History).HasJsonConversion();
        builder.HasOne<Service>().WithMany().HasForeignKey(i => i.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceList>().WithMany().HasForeignKey(i => i.ServiceListId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(i => i.Members, m =>
        {
            m.ToTable("inspection_members");
            m.WithOwner().HasForeignKey("InspectionId");
            // Surrogate key generated on add, for the reason given in ServiceListConfiguration.
            m.Property<Guid>("RowId").ValueGeneratedOnAdd();
            m.HasKey("RowId");
            m.HasIndex("InspectionId", nameof(WorkingGroupMember.OfficialId)).IsUnique();
            m.HasIndex(x => x.OfficialId);
            m.Property(x => x.Roles).HasJsonConversion();
        });
        builder.Navigation(i => i.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
