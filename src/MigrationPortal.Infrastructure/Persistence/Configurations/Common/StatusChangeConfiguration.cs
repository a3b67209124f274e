using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Common;

public sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(64);
        builder.Property(e => e.FromStatus).HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.ChangedAt });
    }
}
