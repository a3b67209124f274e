using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Workers;

public sealed class ConsentTextConfiguration : IEntityTypeConfiguration<ConsentText>
{
    public void Configure(EntityTypeBuilder<ConsentText> builder)
    {
        builder.HasKey(e => e.Version);
        builder.Property(e => e.Version).HasMaxLength(20);
    }
}
