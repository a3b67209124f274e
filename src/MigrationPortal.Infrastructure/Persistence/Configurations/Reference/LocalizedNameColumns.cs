using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

// Reference data is seeded by migration (ARCHITECTURE.md, Persistence).
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
