using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

public sealed class LanguageScaleConfiguration : IEntityTypeConfiguration<LanguageScale>
{
    public void Configure(EntityTypeBuilder<LanguageScale> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(10);
        LocalizedNameColumns.Configure(builder);
    }
}
