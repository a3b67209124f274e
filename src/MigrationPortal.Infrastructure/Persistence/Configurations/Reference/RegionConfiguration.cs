using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Code).HasMaxLength(6);
        builder.HasIndex(e => e.Code).IsUnique();
        LocalizedNameColumns.Configure(builder);
    }
}
