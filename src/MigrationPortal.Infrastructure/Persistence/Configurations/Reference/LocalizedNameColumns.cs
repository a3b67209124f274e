using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

// The four names every reference row carries; the rows themselves are seeded after migrating (ReferenceDataSeeder, ADR-012).
internal static class LocalizedNameColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : class, ILocalizedName
    {
        builder.Property(e => e.NameUzLatn).HasMaxLength(200).IsRequired();
        builder.Property(e => e.NameUzCyrl).HasMaxLength(200).IsRequired();
        builder.Property(e => e.NameRu).HasMaxLength(200).IsRequired();
        builder.Property(e => e.NameEn).HasMaxLength(200).IsRequired();
    }
}
