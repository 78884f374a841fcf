using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Takomil.Storage.Protocol.Configurations;

internal sealed class InboundActivityConfiguration : IEntityTypeConfiguration<InboundActivityRow>
{
    public void Configure(EntityTypeBuilder<InboundActivityRow> builder)
    {
        builder.ToTable("inbound_activities");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(512);
        builder.HasIndex(x => x.SeenAt);
    }
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReferenceRow>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRow> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(x => x.ConversationId);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.ServiceUrl).HasMaxLength(1024);
        builder.HasIndex(x => new { x.UserId, x.ConversationType });
        builder.HasIndex(x => x.ServiceUrl);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.SentAt, x.DeadLettered, x.NextAttemptAt });
    }
}
