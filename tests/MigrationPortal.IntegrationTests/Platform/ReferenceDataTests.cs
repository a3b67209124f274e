using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Infrastructure.Persistence.Seed;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>Migrating brings the reference data (seeded after the migrations), complete in the four languages.</summary>
public sealed class ReferenceDataTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task Migrations_seed_the_territorial_units_countries_currencies_languages_and_occupations()
    {
        var counts = await Fixture.WithDbAsync(async db => new
        {
            Regions = await db.Regions.CountAsync(),
            Districts = await db.Districts.CountAsync(),
            Countries = await db.Countries.CountAsync(),
            Currencies = await db.Currencies.CountAsync(),
            Scales = await db.LanguageScales.CountAsync(),
            Levels = await db.LanguageLevels.CountAsync(),
            Languages = await db.Languages.CountAsync(),
            MajorGroups = await db.Occupations.CountAsync(o => o.MajorGroupCode == null),
            UnitGroups = await db.Occupations.CountAsync(o => o.MajorGroupCode != null),
            Branches = await db.AgencyUnits.CountAsync(u => u.Kind == AgencyUnitKind.TerritorialBranch),
            Offices = await db.AgencyUnits.CountAsync(u => u.Kind == AgencyUnitKind.RepresentativeOffice),
            Centers = await db.AgencyUnits.CountAsync(u => u.Kind == AgencyUnitKind.TrainingCenter),
        });

        counts.Regions.ShouldBe(14);
        counts.Districts.ShouldBeGreaterThan(150);
        counts.Countries.ShouldBeGreaterThanOrEqualTo(31);
        counts.Currencies.ShouldBeGreaterThanOrEqualTo(11);
        counts.Scales.ShouldBe(3);
        counts.Levels.ShouldBe(17);
        counts.MajorGroups.ShouldBe(10);
        counts.UnitGroups.ShouldBeGreaterThanOrEqualTo(60);
        counts.Branches.ShouldBe(14);
        counts.Offices.ShouldBe(4);
        counts.Centers.ShouldBe(17);
    }

    [Fact]
    public async Task Every_reference_name_is_given_in_all_four_languages()
    {
        var missing = await Fixture.WithDbAsync(async db =>
            await db.Regions.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == "")
            + await db.Districts.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == "")
            + await db.Countries.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == "")
            + await db.Currencies.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == "")
            + await db.Languages.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == "")
            + await db.Occupations.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == "")
            + await db.AgencyUnits.CountAsync(r => r.NameUzLatn == "" || r.NameUzCyrl == "" || r.NameRu == "" || r.NameEn == ""));

        missing.ShouldBe(0);
    }

    [Theory]
    [InlineData("UZS")]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("RUB")]
    [InlineData("KRW")]
    [InlineData("KZT")]
    [InlineData("TRY")]
    [InlineData("GBP")]
    [InlineData("JPY")]
    [InlineData("PLN")]
    [InlineData("AED")]
    public async Task The_currencies_in_use_are_present(string code) =>
        (await Fixture.WithDbAsync(db => db.Currencies.AnyAsync(c => c.Code == code))).ShouldBeTrue();

    [Fact]
    public async Task Uzbek_Cyrillic_names_are_written_in_Cyrillic()
    {
        var names = await Fixture.WithDbAsync(db => db.Regions.Select(r => r.NameUzCyrl).ToListAsync());

        names.ShouldAllBe(n => n.Any(c => c >= 'А' && c <= 'я'));
    }

    [Fact]
    public async Task Migrating_again_restores_changed_and_missing_reference_rows_but_keeps_an_administrators_unit_name()
    {
        var unitId = ReferenceData.TerritorialBranchId(10);
        var seededUnitName = ReferenceData.AgencyUnits.Single(u => u.Id == unitId).NameEn;
        await Fixture.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE regions SET name_en = 'Renamed by hand' WHERE id = 10");
            await db.Database.ExecuteSqlAsync($"DELETE FROM language_levels WHERE id = 17");
            await db.Database.ExecuteSqlAsync($"UPDATE agency_units SET name_en = 'Samarkand Branch, renamed by the administrator' WHERE id = {unitId}");
        });

        try
        {
            await PortalDatabase.MigrateAsync(Fixture.ConnectionString, Fixture.ApplicationConnectionString);

            var after = await Fixture.WithDbAsync(async db => new
            {
                Region = await db.Regions.Where(r => r.Id == 10).Select(r => r.NameEn).SingleAsync(),
                Levels = await db.LanguageLevels.CountAsync(),
                Unit = await db.AgencyUnits.Where(u => u.Id == unitId).Select(u => u.NameEn).SingleAsync(),
            });
            after.Region.ShouldBe("Samarkand Region");
            after.Levels.ShouldBe(17);
            after.Unit.ShouldBe("Samarkand Branch, renamed by the administrator");
        }
        finally
        {
            await Fixture.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE agency_units SET name_en = {seededUnitName} WHERE id = {unitId}"));
        }
    }
}
