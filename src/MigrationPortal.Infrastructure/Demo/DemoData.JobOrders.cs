using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Demo;

public static partial class DemoData
{
    /// <summary>The agency's representative office in the Republic of Korea (reference data, seeded after migrating).</summary>
    public static readonly Guid KoreaOfficeId = new("00000000-0000-0000-0002-000000000002");

    /// <summary>
    /// Published orders from the four demo employers in four countries, and one order in each other state, with the
    /// minimum wages and exchange rates approval and search need. The figures are for the demo: the agency's
    /// administrators record the official ones.
    /// </summary>
    private static async Task SeedJobOrdersAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.JobOrders.AnyAsync())
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var year = new DateOnly(today.Year, 1, 1);
        db.MinimumWages.AddRange(
            new MinimumWage("KR", year, 2_156_880m, "KRW", "Minimum Wage Act: 10,320 KRW an hour, 209 hours a month"),
            new MinimumWage("RU", year, 27_093m, "RUB", "Federal minimum wage (MROT)"),
            new MinimumWage("TR", year, 26_005.50m, "TRY", "Minimum wage determination commission (gross)"),
            new MinimumWage("GB", year, 2_116.40m, "GBP", "National Living Wage, 12.21 GBP an hour for 40 hours a week"));
        db.ExchangeRates.AddRange(
            new ExchangeRate("KRW", today.AddDays(-1), 0.00070m),
            new ExchangeRate("RUB", today.AddDays(-1), 0.0125m),
            new ExchangeRate("TRY", today.AddDays(-1), 0.024m),
            new ExchangeRate("GBP", today.AddDays(-1), 1.30m),
            new ExchangeRate("EUR", today.AddDays(-1), 1.08m));
        await db.SaveChangesAsync();

        var office = (await db.Users.SingleAsync(u => u.Email == "officer.seoul@demo.migration.uz")).Id;
        var supervisor = (await db.Users.SingleAsync(u => u.Email == "supervisor@demo.migration.uz")).Id;
        var daesung = (await db.Users.SingleAsync(u => u.Email == "admin@daesung.example")).Id;
        var volga = (await db.Users.SingleAsync(u => u.Email == "admin@volgastroy.example")).Id;
        var employerUsers = await EmployerUsersAsync(db);
        var orders = new List<JobOrder>
        {
            Published(DaesungId, daesung, office, Order("Shipyard welder (CO2, FCAW)", "KR", "Ulsan", "7212", 12, 2_650_000m, "KRW", WagePeriod.Month, RecruitmentProgram.EpsKorea) with { LanguageCode = "ko", MinimumLanguageLevelId = 8, MinimumAge = 18, MaximumAge = 39, HousingCostPerMonth = 150_000m }),
            Published(DaesungId, daesung, office, Order("Construction formwork carpenter", "KR", "Pyeongtaek", "7115", 8, 12_500m, "KRW", WagePeriod.Hour, RecruitmentProgram.EpsKorea) with { LanguageCode = "ko", MinimumLanguageLevelId = 7, MinimumAge = 18, MaximumAge = 39 }),
            Published(DaesungId, daesung, office, Order("Bricklayer for residential towers", "KR", "Pyeongtaek", "7112", 6, 2_450_000m, "KRW", WagePeriod.Month, RecruitmentProgram.EpsKorea) with { LanguageCode = "ko", MinimumLanguageLevelId = 7 }),
            Published(VolgaStroyId, volga, supervisor, Order("Monolithic concrete worker", "RU", "Nizhny Novgorod", "7114", 20, 85_000m, "RUB", WagePeriod.Month, RecruitmentProgram.RussiaOrganized) with { LanguageCode = "ru", MinimumLanguageLevelId = 2 }),
            Published(VolgaStroyId, volga, supervisor, Order("Electrician, residential blocks", "RU", "Nizhny Novgorod", "7411", 5, 95_000m, "RUB", WagePeriod.Month, RecruitmentProgram.RussiaOrganized) with { LanguageCode = "ru", MinimumLanguageLevelId = 3, MinimumExperienceYears = 2 }),
            Published(AnadoluId, supervisor, supervisor, Order("Sewing machine operator", "TR", "Bursa", "8153", 15, 32_000m, "TRY", WagePeriod.Month, RecruitmentProgram.OtherBilateral) with { HousingProvided = false, MealsProvided = true }),
            Published(KentFarmsId, supervisor, supervisor, Order("Seasonal fruit picker", "GB", "Maidstone", "9211", 30, 12.60m, "GBP", WagePeriod.Hour, RecruitmentProgram.UkSeasonal) with { ContractMonths = 6, ProbationMonths = 0, LanguageCode = "en", MinimumLanguageLevelId = 2 }),
        };

        var pending = New(DaesungId, daesung, Order("Pipe fitter", "KR", "Ulsan", "7126", 4, 2_700_000m, "KRW", WagePeriod.Month, RecruitmentProgram.EpsKorea) with { LanguageCode = "ko", MinimumLanguageLevelId = 8 });
        pending.Submit(daesung, now, today);
        var draft = New(DaesungId, daesung, Order("Forklift operator", "KR", "Ulsan", "8344", 3, 2_300_000m, "KRW", WagePeriod.Month, RecruitmentProgram.EpsKorea));
        var rejected = New(VolgaStroyId, volga, Order("General labourer", "RU", "Nizhny Novgorod", "9313", 40, 25_000m, "RUB", WagePeriod.Month, RecruitmentProgram.RussiaOrganized));
        rejected.Submit(volga, now, today);
        rejected.Reject("The wage is below the federal minimum wage; housing terms are missing.", supervisor, now);
        Told(rejected);
        var paused = orders[2];
        paused.Pause(daesung, now);
        orders.AddRange([pending, draft, rejected]);

        foreach (var order in orders)
        {
            db.JobOrders.Add(order);
            await JobOrderSearchIndex.RefreshAsync(db, order, CancellationToken.None);
        }

        await db.SaveChangesAsync();

        JobOrder New(Guid employer, Guid by, JobOrderTerms terms) =>
            new(Guid.CreateVersion7(), terms, by, now, today) { OrganizationId = employer };

        JobOrder Published(Guid employer, Guid by, Guid approver, JobOrderTerms terms)
        {
            var order = New(employer, by, terms);
            order.Submit(by, now, today);
            order.Approve(null, approver, now);
            Told(order);
            return order;
        }

        // The agency's decision tells the employer's users what the approval or rejection handler would have.
        void Told(JobOrder order) => AddEmployerNotice(db, employerUsers, StatusNotices.For(order), now);

        JobOrderTerms Order(string title, string country, string city, string occupation, int positions, decimal wage, string currency, WagePeriod period, RecruitmentProgram program) => new()
        {
            Title = title,
            CountryCode = country,
            City = city,
            OccupationCode = occupation,
            Positions = positions,
            Wage = new Money(wage, currency),
            WagePeriod = period,
            HoursPerWeek = 40,
            ContractMonths = 36,
            ProbationMonths = 3,
            OvertimeTerms = "Overtime paid at 150% of the hourly wage, by agreement only.",
            HousingProvided = true,
            MedicalInsurance = true,
            ReturnFlight = true,
            Transport = true,
            ApplicationDeadline = today.AddMonths(2),
            Program = program,
        };
    }

    private static async Task SeedRepresentativeOfficerAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync("officer.seoul@demo.migration.uz") is null)
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            await AddAsync(users, now, Password(services), "officer.seoul@demo.migration.uz", "Sherzod Aliyev", UserKind.Officer, KoreaOfficeId, null);
        }
    }
}
