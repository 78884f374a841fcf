using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Takomil.Storage.Execution;

/// <summary>
/// The durable "sent" marker of one execution notice (an executor's assignment card, a reminder, an escalation).
/// Its key is the primary key, and it is inserted in the same transaction as the outbox row that carries the
/// message: whichever instance commits first delivers, every later attempt finds the key and stops.
/// </summary>
public sealed class ExecutionNoticeRow
{
    public required string Key { get; set; }

    public Guid InspectionId { get; set; }

    public Guid? ItemId { get; set; }

    /// <summary><c>assign</c>, <c>remind</c> or <c>escalate</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The Teams user the notice went to.</summary>
    public required string RecipientUserId { get; set; }

    /// <summary>The outbox row that delivers it.</summary>
    public Guid OutboxId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ExecutionNoticeConfiguration : IEntityTypeConfiguration<ExecutionNoticeRow>
{
    public void Configure(EntityTypeBuilder<ExecutionNoticeRow> builder)
    {
        builder.ToTable("execution_notices");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.Property(x => x.Kind).HasMaxLength(20);
        builder.Property(x => x.RecipientUserId).HasMaxLength(256);
        builder.HasIndex(x => x.InspectionId);
    }
}
