using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Messaging;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.MessageKey).HasMaxLength(80);
        builder.Property(e => e.TargetKind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(e => new { e.UserId, e.CreatedAt });
        builder.HasIndex(e => e.UserId).HasDatabaseName("ix_notifications_unread").HasFilter("read_at IS NULL");
    }
}
