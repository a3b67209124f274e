using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Infrastructure.Persistence.Seed;

namespace MigrationPortal.Infrastructure.Demo;

/// <summary>
/// Demo organizations and one account of every role, for eng/run.sh only — never run by migrations.
/// Running it again changes nothing.
/// </summary>
public static partial class DemoData
{
    public const string DefaultPassword = "Demo-Portal-2026";

    public static readonly Guid DaesungId = new("0000000d-0000-0000-0000-000000000001");
    public static readonly Guid VolgaStroyId = new("0000000d-0000-0000-0000-000000000002");
    public static readonly Guid AnadoluId = new("0000000d-0000-0000-0000-000000000003");
    public static readonly Guid KentFarmsId = new("0000000d-0000-0000-0000-000000000004");

    private const int SamarkandRegionId = 10;
    private const int TashkentCityRegionId = 14;

    public static async Task SeedAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await SeedOrganizationsAndStaffAsync(services);
        await SeedCitizensAsync(services);
        await SeedRepresentativeOfficerAsync(services);
        await SeedStaffSecondFactorAsync(services);
        await SeedJobOrdersAsync(services);
        await SeedApplicationsAsync(services);
        await SeedEmployerPhotosAsync(services);
        await SeedUnitContactsAsync(services);
    }

    private static string Password(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>()["Demo:Password"] ?? DefaultPassword;

    private static async Task SeedOrganizationsAndStaffAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var password = Password(services);
        if (await db.Employers.AnyAsync(e => e.Id == DaesungId))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var seededBy = Guid.Empty;
        db.Employers.AddRange(
            new Employer(DaesungId, new EmployerDetails("Daesung Construction Co., Ltd.", "KR", "124-81-00998", "UZ-KR-2024/017", today.AddYears(-2), today.AddYears(3), "Kim Min-jun", "hr@daesung.example", "+82 2 555 0101"), seededBy, now),
            new Employer(VolgaStroyId, new EmployerDetails("Volga Stroy LLC", "RU", "1165260001234", "UZ-RU-2023/088", today.AddYears(-3), today.AddYears(2), "Irina Petrova", "kadry@volgastroy.example", "+7 831 555 0102"), seededBy, now),
            new Employer(AnadoluId, new EmployerDetails("Anadolu Tekstil A.Ş.", "TR", "0680012345", "UZ-TR-2025/004", today.AddYears(-1), today.AddYears(4), "Ayşe Demir", "ik@anadolutekstil.example", "+90 212 555 0103"), seededBy, now),
            new Employer(KentFarmsId, new EmployerDetails("Kent Fresh Farms Ltd", "GB", "09876543", "UZ-GB-2025/011", today.AddMonths(-6), today.AddYears(2), "James Wright", "seasonal@kentfarms.example", "+44 1622 555 010"), seededBy, now));
        db.Worksites.AddRange(
            Worksite(DaesungId, "Pyeongtaek shipyard site", "KR", "Pyeongtaek", "45 Poseung-eup, Pyeongtaek-si, Gyeonggi-do", true),
            Worksite(DaesungId, "Ulsan plant", "KR", "Ulsan", "12 Bangeojin-ro, Dong-gu, Ulsan", true),
            Worksite(VolgaStroyId, "Nizhny Novgorod residential block", "RU", "Nizhny Novgorod", "ul. Rodionova 190", true),
            Worksite(AnadoluId, "Bursa sewing factory", "TR", "Bursa", "Organize Sanayi Bölgesi, Nilüfer", false),
            Worksite(KentFarmsId, "Maidstone orchards", "GB", "Maidstone", "Hunton Road, Kent ME15", true));
        await db.SaveChangesAsync();

        await AddAsync(users, now, password, "admin@demo.migration.uz", "Dilshod Karimov", UserKind.Administrator, null, null);
        await AddAsync(users, now, password, "supervisor@demo.migration.uz", "Nodira Yusupova", UserKind.Supervisor, ReferenceData.TerritorialBranchId(TashkentCityRegionId), null);
        await AddAsync(users, now, password, "officer.samarkand@demo.migration.uz", "Jasur Rahimov", UserKind.Officer, ReferenceData.TerritorialBranchId(SamarkandRegionId), null);
        await AddAsync(users, now, password, "officer.tashkent@demo.migration.uz", "Malika Tosheva", UserKind.Officer, ReferenceData.TerritorialBranchId(TashkentCityRegionId), null);
        await AddAsync(users, now, password, "admin@daesung.example", "Kim Min-jun", UserKind.EmployerAdmin, null, DaesungId);
        await AddAsync(users, now, password, "staff@daesung.example", "Park Ji-hoon", UserKind.EmployerStaff, null, DaesungId);
        await AddAsync(users, now, password, "admin@volgastroy.example", "Irina Petrova", UserKind.EmployerAdmin, null, VolgaStroyId);
        await AddAsync(users, now, password, "citizen@demo.migration.uz", "Aziz Normatov", UserKind.Citizen, null, null);
    }

    private static Worksite Worksite(Guid organizationId, string name, string country, string city, string address, bool housing) =>
        new(Guid.CreateVersion7(), new WorksiteDetails(name, country, city, address, housing)) { OrganizationId = organizationId };

    private static async Task AddAsync(UserManager<PortalUser> users, DateTimeOffset now, string password, string email, string name, UserKind kind, Guid? unitId, Guid? organizationId)
    {
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = name,
            Kind = kind,
            UnitId = unitId,
            OrganizationId = organizationId,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {kind} could not be created: {string.Join(", ", created.Errors.Select(e => e.Code))}");
        }

        await users.AddToRoleAsync(user, kind.ToString());
    }
}
