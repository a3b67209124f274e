using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

public sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(2).IsFixedLength();
        LocalizedNameColumns.Configure(builder);
    }
}
