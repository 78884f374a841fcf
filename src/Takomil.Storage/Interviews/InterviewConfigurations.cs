using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;

namespace Takomil.Storage.Interviews;

internal sealed class InterviewSessionConfiguration : IEntityTypeConfiguration<InterviewSessionRow>
{
    public void Configure(EntityTypeBuilder<InterviewSessionRow> builder)
    {
        builder.ToTable("interview_sessions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ScriptId).HasMaxLength(64);
        builder.Property(x => x.ScriptFingerprint).HasMaxLength(128);
        builder.Property(x => x.Language).HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.PersonalConversationId).HasMaxLength(512);
        builder.Property(x => x.OriginConversationId).HasMaxLength(512);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsOpen);
        builder.HasIndex(x => new { x.IntervieweeId, x.Status });
        builder.HasIndex(x => x.InspectionId);
        builder.HasIndex(x => new { x.Status, x.LastActivityAt });
        builder.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Official>().WithMany().HasForeignKey(x => x.IntervieweeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnswerConflictConfiguration : IEntityTypeConfiguration<AnswerConflictRow>
{
    public void Configure(EntityTypeBuilder<AnswerConflictRow> builder)
    {
        builder.ToTable("answer_conflicts");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Path).HasMaxLength(256);
        builder.Property(x => x.Choice).HasMaxLength(16);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => x.InspectionId);
        builder.HasIndex(x => x.SessionId);
        builder.HasOne<InterviewSessionRow>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
