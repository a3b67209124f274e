using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Infrastructure.Persistence.Seed;

namespace MigrationPortal.Infrastructure.Persistence.Configurations;

// Reference data is seeded by migration (docs/design/architecture.md, Persistence).
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

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Code).HasMaxLength(6);
        builder.HasIndex(e => e.Code).IsUnique();
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.Regions);
    }
}

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.Districts);
    }
}

public sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(2).IsFixedLength();
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.Countries);
    }
}

public sealed class CurrencyConfiguration : IEntityTypeConfiguration<Currency>
{
    public void Configure(EntityTypeBuilder<Currency> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(3).IsFixedLength();
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.Currencies);
    }
}

public sealed class LanguageScaleConfiguration : IEntityTypeConfiguration<LanguageScale>
{
    public void Configure(EntityTypeBuilder<LanguageScale> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(10);
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.LanguageScales);
    }
}

public sealed class LanguageLevelConfiguration : IEntityTypeConfiguration<LanguageLevel>
{
    public void Configure(EntityTypeBuilder<LanguageLevel> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ScaleCode).HasMaxLength(10);
        builder.Property(e => e.Code).HasMaxLength(20);
        builder.HasOne<LanguageScale>().WithMany().HasForeignKey(e => e.ScaleCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ScaleCode, e.Code }).IsUnique();
        builder.HasData(ReferenceData.LanguageLevels);
    }
}

public sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(3);
        builder.Property(e => e.ScaleCode).HasMaxLength(10);
        builder.HasOne<LanguageScale>().WithMany().HasForeignKey(e => e.ScaleCode).OnDelete(DeleteBehavior.Restrict);
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.Languages);
    }
}

public sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(4);
        builder.Property(e => e.MajorGroupCode).HasMaxLength(1);
        builder.HasIndex(e => e.MajorGroupCode);
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.Occupations);
    }
}
