using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>Job orders, minimum wages and exchange rates as tests arrange them, and the form as an employer fills it.</summary>
public static class JobOrderArrangement
{
    public static readonly Guid KoreaOffice = new("00000000-0000-0000-0002-000000000002");

    public static string Deadline => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A complete, valid order form: a welder in Ulsan under EPS Korea, 2,500,000 KRW a month.</summary>
    public static Dictionary<string, string?> Form(string title = "Payvandchi", string country = "KR", string wage = "2500000", string currency = "KRW") => new()
    {
        ["Input.Title"] = title,
        ["Input.OccupationCode"] = "7212",
        ["Input.CountryCode"] = country,
        ["Input.City"] = "Ulsan",
        ["Input.Positions"] = "5",
        ["Input.WageAmount"] = wage,
        ["Input.CurrencyCode"] = currency,
        ["Input.WagePeriod"] = nameof(WagePeriod.Month),
        ["Input.HoursPerWeek"] = "40",
        ["Input.ContractMonths"] = "36",
        ["Input.ProbationMonths"] = "3",
        ["Input.OvertimeTerms"] = "1,5 baravar",
        ["Input.HousingProvided"] = "true",
        ["Input.HousingCostPerMonth"] = "100000",
        ["Input.MealsProvided"] = "true",
        ["Input.MedicalInsurance"] = "true",
        ["Input.ReturnFlight"] = "false",
        ["Input.Transport"] = "false",
        ["Input.LanguageCode"] = "ko",
        ["Input.MinimumLanguageLevelId"] = "8",
        ["Input.MinimumExperienceYears"] = "2",
        ["Input.MinimumAge"] = "20",
        ["Input.MaximumAge"] = "39",
        ["Input.ApplicationDeadline"] = Deadline,
        ["Input.Program"] = nameof(RecruitmentProgram.EpsKorea),
    };

    /// <summary>Creates the order through the employer's form and returns its id (from the redirect to its page).</summary>
    public static async Task<Guid> CreateAsync(PortalClient employer, Dictionary<string, string?> form)
    {
        using var response = await employer.SubmitAsync("/Employer/JobOrders/Edit", form);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static async Task SubmitAsync(PortalClient employer, Guid id)
    {
        using var response = await employer.SubmitAsync(ViewUrl(id), new Dictionary<string, string?>(), "#submit-form");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    public static string ViewUrl(Guid id) => $"/Employer/JobOrders/View/{id}";

    public static string ReviewUrl(Guid id) => $"/Agency/JobOrders/Review/{id}";

    public static Task<JobOrder> OrderAsync(PortalFixture fixture, Guid id) =>
        fixture.WithDbAsync(db => db.JobOrders.AsNoTracking().SingleAsync(o => o.Id == id));

    public static Task AddMinimumWageAsync(PortalFixture fixture, string country, decimal amount, string currency, int monthsAgo = 1) =>
        fixture.WithDbAsync(async db =>
        {
            db.MinimumWages.Add(new MinimumWage(country, DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-monthsAgo), amount, currency, "Test decree"));
            await db.SaveChangesAsync();
        });

    public static Task AddRateAsync(PortalFixture fixture, string currency, decimal usdPerUnit) =>
        fixture.WithDbAsync(async db =>
        {
            db.ExchangeRates.Add(new ExchangeRate(currency, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), usdPerUnit));
            await db.SaveChangesAsync();
        });
}
