using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Reference;

public sealed class LanguageLevelConfiguration : IEntityTypeConfiguration<LanguageLevel>
{
    public void Configure(EntityTypeBuilder<LanguageLevel> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ScaleCode).HasMaxLength(10);
        builder.Property(e => e.Code).HasMaxLength(20);
        builder.HasOne<LanguageScale>().WithMany().HasForeignKey(e => e.ScaleCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ScaleCode, e.Code }).IsUnique();
    }
}
