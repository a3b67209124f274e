using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Organizations;

public sealed class AgencyUnitConfiguration : IEntityTypeConfiguration<AgencyUnit>
{
    public void Configure(EntityTypeBuilder<AgencyUnit> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.Phone).HasMaxLength(40);
        builder.Property(e => e.OpeningHours).HasMaxLength(200);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Kind, e.RegionId });
        LocalizedNameColumns.Configure(builder);
    }
}
