using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Workers;

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).HasMaxLength(20);
        builder.HasOne<ConsentText>().WithMany().HasForeignKey(e => e.Version).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CitizenId, e.GivenAt });
    }
}
