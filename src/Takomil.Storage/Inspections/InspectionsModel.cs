using Microsoft.EntityFrameworkCore;
using Takomil.Storage.Inspections.Configurations;

namespace Takomil.Storage.Inspections;

/// <summary>The EF Core model of the inspection domain, for whichever DbContext implements <see cref="IInspectionsDbContext"/>.</summary>
public static class InspectionsModel
{
    /// <summary>Call from OnModelCreating: <c>modelBuilder.ConfigureInspections();</c></summary>
    public static ModelBuilder ConfigureInspections(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        return modelBuilder
            .ApplyConfiguration(new AgencyConfiguration())
            .ApplyConfiguration(new OfficialConfiguration())
            .ApplyConfiguration(new ServiceConfiguration())
            .ApplyConfiguration(new ServiceListConfiguration())
            .ApplyConfiguration(new InspectionConfiguration())
            .ApplyConfiguration(new FactSheetConfiguration())
            .ApplyConfiguration(new ProcessModelConfiguration())
            .ApplyConfiguration(new ProcessModelRevisionConfiguration())
            .ApplyConfiguration(new AuditEntryConfiguration())
            .ApplyConfiguration(new MeasureDecisionConfiguration());
    }
}
