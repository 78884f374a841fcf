using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Takomil.Storage.Preferences;

internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreferenceRow>
{
    public void Configure(EntityTypeBuilder<UserPreferenceRow> builder)
    {
        builder.ToTable("user_preferences");
        builder.HasKey(x => x.UserId);
        builder.Property(x => x.UserId).HasMaxLength(256);
        builder.Property(x => x.Language).HasMaxLength(16);
    }
}

internal sealed class WelcomeConfiguration : IEntityTypeConfiguration<WelcomeRow>
{
    public void Configure(EntityTypeBuilder<WelcomeRow> builder)
    {
        builder.ToTable("welcomes");
        builder.HasKey(x => x.ConversationId);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
    }
}
