using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Takomil.Domain.Inspections;

namespace Takomil.Storage.Preferences;

/// <summary>
/// A Teams group chat or channel that works on one inspection: commands said there without naming an
/// inspection act on this one. One link per chat (a later link replaces it); an inspection may have several.
/// </summary>
public sealed class ChatLinkRow
{
    /// <summary>The conversation id without a channel thread's <c>;messageid=…</c> suffix.</summary>
    public required string ConversationId { get; set; }

    public Guid InspectionId { get; set; }

    /// <summary>The official who created the inspection here or linked the chat.</summary>
    public Guid LinkedBy { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}

internal sealed class ChatLinkConfiguration : IEntityTypeConfiguration<ChatLinkRow>
{
    public void Configure(EntityTypeBuilder<ChatLinkRow> builder)
    {
        builder.ToTable("chat_links");
        builder.HasKey(x => x.ConversationId);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.HasIndex(x => x.InspectionId);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
