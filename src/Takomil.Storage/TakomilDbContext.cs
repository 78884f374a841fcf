using Microsoft.EntityFrameworkCore;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;
using Takomil.Storage.Preferences;
using Takomil.Storage.Protocol;

namespace Takomil.Storage;

/// <summary>The one database of Takomil. Each area adds its tables through its own configuration classes.</summary>
public sealed partial class TakomilDbContext : DbContext
{
    public TakomilDbContext(DbContextOptions<TakomilDbContext> options) : base(options) { }

    public DbSet<InboundActivityRow> InboundActivities => Set<InboundActivityRow>();
    public DbSet<ConversationReferenceRow> ConversationReferences => Set<ConversationReferenceRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<UserPreferenceRow> UserPreferences => Set<UserPreferenceRow>();
    public DbSet<WelcomeRow> Welcomes => Set<WelcomeRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TakomilDbContext).Assembly, t => t.Namespace?.StartsWith("Takomil.Storage.Protocol", StringComparison.Ordinal) == true
            || t.Namespace?.StartsWith("Takomil.Storage.Preferences", StringComparison.Ordinal) == true
            || t.Namespace?.StartsWith("Takomil.Storage.Files", StringComparison.Ordinal) == true
            || t.Namespace?.StartsWith("Takomil.Storage.Execution", StringComparison.Ordinal) == true
            || t.Namespace?.StartsWith("Takomil.Storage.Interviews", StringComparison.Ordinal) == true);
        modelBuilder.ConfigureInspections();
        modelBuilder.ConfigureApprovals();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite has no date type: store UTC ticks so comparisons and ORDER BY run in SQL (see UtcTicksConverter).
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
