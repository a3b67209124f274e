using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

public sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(3);
        builder.Property(e => e.ScaleCode).HasMaxLength(10);
        builder.HasOne<LanguageScale>().WithMany().HasForeignKey(e => e.ScaleCode).OnDelete(DeleteBehavior.Restrict);
        LocalizedNameColumns.Configure(builder);
    }
}
