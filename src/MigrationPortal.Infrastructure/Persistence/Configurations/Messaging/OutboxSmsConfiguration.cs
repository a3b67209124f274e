using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Messaging;

public sealed class OutboxSmsConfiguration : IEntityTypeConfiguration<OutboxSms>
{
    public void Configure(EntityTypeBuilder<OutboxSms> builder)
    {
        builder.ToTable("outbox_sms");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.To).HasMaxLength(13);
        builder.Property(e => e.Text).HasMaxLength(OutboxSms.MaxTextLength);
        builder.Property(e => e.LastError).HasMaxLength(200);

        // The dispatcher's look-up: unsent messages due now.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
