using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Approvals;

/// <summary>The approval of an inspection's plan: one row per inspection, its approvers and decisions as owned rows.</summary>
public sealed class ApprovalProcessConfiguration : IEntityTypeConfiguration<ApprovalProcess>
{
    public void Configure(EntityTypeBuilder<ApprovalProcess> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("approval_processes");
        builder.HasKey(p => p.InspectionId);
        builder.Property(p => p.InspectionId).ValueGeneratedNever();
        builder.HasOne<Inspection>().WithOne().HasForeignKey<ApprovalProcess>(p => p.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CurrentStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.WorkingGroupRule).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CommissionRule).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Hash).HasMaxLength(64);
        builder.OwnsMany(p => p.Approvers, a =>
        {
            a.ToTable("approval_approvers");
            a.WithOwner().HasForeignKey("InspectionId");
            // Surrogate key generated on add, for the reason given in ServiceListConfiguration.
            a.Property<Guid>("RowId").ValueGeneratedOnAdd();
            a.HasKey("RowId");
            a.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            a.HasIndex("InspectionId", nameof(ApprovalApprover.Stage), nameof(ApprovalApprover.OfficialId)).IsUnique();
            a.HasIndex(x => x.OfficialId);
        });
        builder.OwnsMany(p => p.Decisions, d =>
        {
            d.ToTable("approval_decisions");
            d.WithOwner().HasForeignKey("InspectionId");
            d.Property<Guid>("RowId").ValueGeneratedOnAdd();
            d.HasKey("RowId");
            d.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Verdict).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Hash).HasMaxLength(64);
            d.Property(x => x.Comment).HasMaxLength(ApprovalProcess.MaxCommentLength);
            // One decision per person, stage and plan version: a repeat can never be recorded twice, whatever races.
            d.HasIndex("InspectionId", nameof(ApprovalDecision.Stage), nameof(ApprovalDecision.ApproverId), nameof(ApprovalDecision.PlanRevision)).IsUnique();
        });
        builder.Navigation(p => p.Approvers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersionRow>
{
    public void Configure(EntityTypeBuilder<PlanVersionRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("plan_versions");
        builder.HasKey(x => new { x.InspectionId, x.Number });
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApprovalCardConfiguration : IEntityTypeConfiguration<ApprovalCardRow>
{
    public void Configure(EntityTypeBuilder<ApprovalCardRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("approval_cards");
        builder.HasKey(x => new { x.ConversationId, x.ActivityId });
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.ActivityId).HasMaxLength(256);
        builder.Property(x => x.UserId).HasMaxLength(256);
        builder.Property(x => x.Language).HasMaxLength(16);
        builder.HasIndex(x => x.InspectionId);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Call from OnModelCreating, after the inspection model.</summary>
public static class ApprovalsModel
{
    public static ModelBuilder ConfigureApprovals(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        return modelBuilder
            .ApplyConfiguration(new ApprovalProcessConfiguration())
            .ApplyConfiguration(new PlanVersionConfiguration())
            .ApplyConfiguration(new ApprovalCardConfiguration());
    }
}
