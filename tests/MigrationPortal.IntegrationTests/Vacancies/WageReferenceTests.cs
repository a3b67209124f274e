using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Vacancies;

/// <summary>The minimum wages and exchange rates administrators keep (issue 4), and what a new rate changes for search.</summary>
public sealed class WageReferenceTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly string Today = VacancyArrangement.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly VacancyArrangement _orders = new(fixture);

    private static IReadOnlyList<string> Titles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=vacancy-title]").Select(a => a.TextContent.Trim())];

    private async Task<PortalClient> AdministratorAsync() => await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

    [Fact]
    public async Task Administrator_records_a_minimum_wage_and_sees_it_listed()
    {
        var admin = await AdministratorAsync();

        using var response = await admin.SubmitAsync("/Admin/MinimumWages", new Dictionary<string, string?>
        {
            ["Input.CountryCode"] = "KR",
            ["Input.ValidFrom"] = "2026-01-01",
            ["Input.MonthlyAmount"] = "2156880",
            ["Input.Currency"] = "KRW",
            ["Input.Source"] = "Minimum Wage Commission notice 2025-1",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetPageAsync(response.Headers.Location!.OriginalString + "&culture=en");
        page.QuerySelector("[data-testid=added]").ShouldNotBeNull();
        var row = page.QuerySelector("[data-testid=minimum-wage]")!.TextContent;
        row.ShouldContain("Republic of Korea");
        row.ShouldContain("2,156,880 KRW");
        row.ShouldContain("Minimum Wage Commission notice 2025-1");
    }

    [Fact]
    public async Task A_minimum_wage_for_uzbekistan_or_without_an_amount_is_refused_and_nothing_is_stored()
    {
        var admin = await AdministratorAsync();

        var page = await admin.SubmitAndReadAsync("/Admin/MinimumWages", new Dictionary<string, string?>
        {
            ["Input.CountryCode"] = "UZ",
            ["Input.ValidFrom"] = "2026-01-01",
            ["Input.MonthlyAmount"] = "0",
            ["Input.Currency"] = "UZS",
            ["Input.Source"] = "",
        });

        page.FieldErrors("Input.CountryCode").ShouldBe([Fixture.FieldMessage(ErrorCodes.NotUzbekistan, "CountryCode")]);
        page.FieldErrors("Input.MonthlyAmount").ShouldNotBeEmpty();
        page.FieldErrors("Input.Source").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.MinimumWages.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_second_minimum_wage_for_the_same_country_and_date_is_refused_with_a_message()
    {
        var admin = await AdministratorAsync();
        var fields = new Dictionary<string, string?>
        {
            ["Input.CountryCode"] = "JP",
            ["Input.ValidFrom"] = "2025-10-01",
            ["Input.MonthlyAmount"] = "180000",
            ["Input.Currency"] = "JPY",
            ["Input.Source"] = "Prefectural minimum wage",
        };
        using (var first = await admin.SubmitAsync("/Admin/MinimumWages", fields))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var page = await admin.SubmitAndReadAsync("/Admin/MinimumWages", fields);

        page.FieldErrors("Input.ValidFrom").ShouldBe([Fixture.FieldMessage(ErrorCodes.MinimumWageExists, "ValidFrom")]);
        (await Fixture.WithDbAsync(db => db.MinimumWages.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_or_repeated_rates_are_refused_and_nothing_is_stored()
    {
        var admin = await AdministratorAsync();
        var tomorrow = VacancyArrangement.Today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var usd = await admin.SubmitAndReadAsync("/Admin/ExchangeRates", new Dictionary<string, string?> { ["Input.Currency"] = "USD", ["Input.RateDate"] = Today, ["Input.UsdPerUnit"] = "1" });
        var future = await admin.SubmitAndReadAsync("/Admin/ExchangeRates", new Dictionary<string, string?> { ["Input.Currency"] = "KRW", ["Input.RateDate"] = tomorrow, ["Input.UsdPerUnit"] = "0.00072" });
        var zero = await admin.SubmitAndReadAsync("/Admin/ExchangeRates", new Dictionary<string, string?> { ["Input.Currency"] = "KRW", ["Input.RateDate"] = Today, ["Input.UsdPerUnit"] = "0" });

        usd.FieldErrors("Input.Currency").ShouldBe([Fixture.FieldMessage(ErrorCodes.NotUsd, "Currency")]);
        future.FieldErrors("Input.RateDate").ShouldBe([Fixture.FieldMessage(ErrorCodes.DateInFuture, "RateDate")]);
        zero.FieldErrors("Input.UsdPerUnit").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.ExchangeRates.CountAsync())).ShouldBe(0);

        var valid = new Dictionary<string, string?> { ["Input.Currency"] = "KRW", ["Input.RateDate"] = Today, ["Input.UsdPerUnit"] = "0.00072" };
        using (var first = await admin.SubmitAsync("/Admin/ExchangeRates", valid))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var repeated = await admin.SubmitAndReadAsync("/Admin/ExchangeRates", valid);
        repeated.FieldErrors("Input.RateDate").ShouldBe([Fixture.FieldMessage(ErrorCodes.ExchangeRateExists, "RateDate")]);
        (await Fixture.WithDbAsync(db => db.ExchangeRates.Select(r => r.UsdPerUnit).ToListAsync())).ShouldBe([0.00072m]);
    }

    [Fact]
    public async Task A_new_rate_reprices_the_orders_in_its_currency_for_the_wage_filter()
    {
        await _orders.RateAsync("KRW", VacancyArrangement.Today.AddDays(-7), 0.0007m);
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Paid in won") with { Wage = new Money(2_500_000m, "KRW") });
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Paid in dollars") with { Wage = new Money(1900m, "USD") });
        var search = Fixture.CreateClient();

        // 2,500,000 × 0.0007 = 1,750 USD: below 2,000.
        Titles(await search.GetPageAsync("/Vacancies?minUsd=2000")).ShouldBeEmpty();

        var admin = await AdministratorAsync();
        using var response = await admin.SubmitAsync("/Admin/ExchangeRates", new Dictionary<string, string?>
        {
            ["Input.Currency"] = "KRW",
            ["Input.RateDate"] = Today,
            ["Input.UsdPerUnit"] = "0.00085",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // 2,500,000 × 0.00085 = 2,125 USD.
        Titles(await search.GetPageAsync("/Vacancies?minUsd=2000")).ShouldBe(["Paid in won"]);
        (await admin.GetPageAsync("/Admin/ExchangeRates?culture=en")).QuerySelectorAll("[data-testid=exchange-rate]").Select(r => r.TextContent).First().ShouldContain("0.00085");
    }

    [Theory]
    [InlineData(UserKind.Citizen)]
    [InlineData(UserKind.Officer)]
    [InlineData(UserKind.Supervisor)]
    [InlineData(UserKind.EmployerAdmin)]
    public async Task Only_administrators_open_or_change_the_wage_references(UserKind kind)
    {
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Hanil Construction") : (Guid?)null;
        var unit = kind == UserKind.Officer ? new Guid("00000000-0000-0000-0001-000000000010") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization, unit));

        foreach (var url in new[] { "/Admin/MinimumWages", "/Admin/ExchangeRates" })
        {
            using var page = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            page.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        using var post = await client.PostAsync("/Admin/ExchangeRates", new Dictionary<string, string> { ["Input.Currency"] = "KRW", ["Input.RateDate"] = Today, ["Input.UsdPerUnit"] = "0.001" }, "/Vacancies");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Fixture.WithDbAsync(db => db.ExchangeRates.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Administrators_find_both_tables_in_the_navigation()
    {
        var nav = (await (await AdministratorAsync()).GetPageAsync("/Admin")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();

        nav.ShouldContain("/Admin/MinimumWages");
        nav.ShouldContain("/Admin/ExchangeRates");
    }
}
