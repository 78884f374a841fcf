using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Services;

namespace Takomil.Storage.Inspections.Configurations;

public sealed class ServiceListConfiguration : IEntityTypeConfiguration<ServiceList>
{
    public void Configure(EntityTypeBuilder<ServiceList> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("service_lists");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasIndex(l => l.Year).IsUnique();
        builder.Property(l => l.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Approval).HasJsonConversion();
        builder.Ignore(l => l.SubmissionDue);
        builder.Ignore(l => l.WasSubmittedLate);
        builder.OwnsMany(l => l.Entries, e =>
        {
            e.ToTable("service_list_entries");
            e.WithOwner().HasForeignKey("ServiceListId");
            // A surrogate key generated on add: with a natural key the domain sets, EF would take a new entry
            // found in the collection for an existing row and UPDATE it instead of inserting it.
            e.Property<Guid>("RowId").ValueGeneratedOnAdd();
            e.HasKey("RowId");
            e.HasIndex("ServiceListId", nameof(ServiceListEntry.ServiceId)).IsUnique();
            e.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(l => l.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}
