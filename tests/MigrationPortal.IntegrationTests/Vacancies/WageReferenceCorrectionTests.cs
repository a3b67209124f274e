using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static MigrationPortal.IntegrationTests.JobOrders.JobOrderArrangement;

namespace MigrationPortal.IntegrationTests.Vacancies;

/// <summary>Administrators correct and retire minimum wages and exchange rates (issue 11): history, never a silent overwrite.</summary>
public sealed class WageReferenceCorrectionTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly VacancyArrangement _orders = new(fixture);

    private async Task<(PortalClient Client, TestUser User)> AdministratorAsync()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Administrator);
        return (await Fixture.SignedInClientAsync(user), user);
    }

    private Task<long> MinimumWageIdAsync() => Fixture.WithDbAsync(db => db.MinimumWages.Select(w => w.Id).SingleAsync());

    private Task<long> RateIdAsync(DateOnly date) => Fixture.WithDbAsync(db => db.ExchangeRates.Where(r => r.Date == date).Select(r => r.Id).SingleAsync());

    private static IReadOnlyList<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=vacancy-title]").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task A_corrected_minimum_wage_shows_the_new_figure_and_keeps_the_old_one_with_who_when_and_why()
    {
        await AddMinimumWageAsync(Fixture, "KR", 2_000_000m, "KRW");
        var id = await MinimumWageIdAsync();
        var (admin, user) = await AdministratorAsync();

        using var response = await admin.SubmitAsync($"/Admin/MinimumWages/Edit/{id}", new Dictionary<string, string?>
        {
            ["Input.MonthlyAmount"] = "2156880",
            ["Input.Currency"] = "KRW",
            ["Input.Reason"] = "Minimum Wage Commission notice 2025-1 gives 2,156,880 won",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetPageAsync($"/Admin/MinimumWages/Edit/{id}?culture=en");
        page.QuerySelector("[data-testid=figure]")!.TextContent.ShouldBe("2,156,880 KRW");
        var entry = page.QuerySelectorAll("[data-testid=history-entry]").Single().TextContent;
        entry.ShouldContain("2,000,000 KRW");
        entry.ShouldContain("2,156,880 KRW");
        entry.ShouldContain(await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.FullName).SingleAsync()));
        entry.ShouldContain("Minimum Wage Commission notice 2025-1 gives 2,156,880 won");
        (await Fixture.WithDbAsync(db => db.MinimumWages.SingleAsync())).MonthlyAmount.ShouldBe(2_156_880m);
        var change = await Fixture.WithDbAsync(db => db.WageReferenceChanges.SingleAsync());
        (change.OldAmount, change.NewAmount, change.ChangedBy).ShouldBe((2_000_000m, 2_156_880m, user.Id));
    }

    [Fact]
    public async Task A_correction_without_a_reason_with_a_bad_amount_or_the_same_figure_is_refused_and_stores_nothing()
    {
        await AddMinimumWageAsync(Fixture, "KR", 2_000_000m, "KRW");
        var id = await MinimumWageIdAsync();
        var (admin, _) = await AdministratorAsync();
        var url = $"/Admin/MinimumWages/Edit/{id}";

        var bad = await admin.SubmitAndReadAsync(url, new Dictionary<string, string?> { ["Input.MonthlyAmount"] = "0", ["Input.Currency"] = "XXX", ["Input.Reason"] = "" });
        var same = await admin.SubmitAndReadAsync(url, new Dictionary<string, string?> { ["Input.MonthlyAmount"] = "2000000", ["Input.Currency"] = "KRW", ["Input.Reason"] = "Checked again" });

        bad.FieldErrors("Input.MonthlyAmount").ShouldNotBeEmpty();
        bad.FieldErrors("Input.Currency").ShouldBe([Fixture.FieldMessage(ErrorCodes.UnknownCurrency, "Currency")]);
        bad.FieldErrors("Input.Reason").ShouldNotBeEmpty();
        same.SummaryErrors().ShouldBe([Fixture.Text("Rule.WageReference.Unchanged")]);
        (await Fixture.WithDbAsync(db => db.MinimumWages.SingleAsync())).MonthlyAmount.ShouldBe(2_000_000m);
        (await Fixture.WithDbAsync(db => db.WageReferenceChanges.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_stale_correction_form_gets_the_concurrency_message_and_overwrites_nothing()
    {
        await AddMinimumWageAsync(Fixture, "KR", 2_000_000m, "KRW");
        var id = await MinimumWageIdAsync();
        var (first, _) = await AdministratorAsync();
        var (second, _) = await AdministratorAsync();
        var url = $"/Admin/MinimumWages/Edit/{id}";
        var stale = (await first.GetPageAsync(url)).QuerySelector("input[name='Input.Version']")!.GetAttribute("value");
        using (var other = await second.SubmitAsync(url, new Dictionary<string, string?> { ["Input.MonthlyAmount"] = "2100000", ["Input.Currency"] = "KRW", ["Input.Reason"] = "Decree 12" }))
        {
            other.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var refused = await first.SubmitAndReadAsync(url, new Dictionary<string, string?>
        {
            ["Input.Version"] = stale,
            ["Input.MonthlyAmount"] = "2200000",
            ["Input.Currency"] = "KRW",
            ["Input.Reason"] = "Decree 13",
        });

        refused.SummaryErrors().ShouldContain(Fixture.Text("Rule.ConcurrencyConflict"));
        string.Concat(refused.QuerySelector("[data-testid=figure]")!.TextContent.Where(char.IsDigit)).ShouldBe("2100000", "the page shows the figure as it now is");
        (await Fixture.WithDbAsync(db => db.MinimumWages.SingleAsync())).MonthlyAmount.ShouldBe(2_100_000m);
        (await Fixture.WithDbAsync(db => db.WageReferenceChanges.Select(c => c.Reason).ToListAsync())).ShouldBe(["Decree 12"]);
    }

    [Fact]
    public async Task A_retired_minimum_wage_no_longer_stops_an_order_and_stays_listed_as_retired_with_its_history()
    {
        var employer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, await Fixture.CreateEmployerAsync("Hyundai Heavy Industries")));
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        // 1,500,000 KRW = 1,125 USD, below the 1,500 USD recorded for Korea.
        await AddMinimumWageAsync(Fixture, "KR", 1500m, "USD");
        await AddRateAsync(Fixture, "KRW", 0.00075m);
        var order = await CreateAsync(employer, Form(wage: "1500000"));
        await SubmitAsync(employer, order);
        var id = await MinimumWageIdAsync();
        var (admin, _) = await AdministratorAsync();

        var noReason = await admin.SubmitAndReadAsync($"/Admin/MinimumWages/Retire/{id}", new Dictionary<string, string?> { ["Input.Reason"] = "" });
        noReason.FieldErrors("Input.Reason").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.MinimumWages.SingleAsync())).RetiredAt.ShouldBeNull();

        using (var retired = await admin.SubmitAsync($"/Admin/MinimumWages/Retire/{id}", new Dictionary<string, string?> { ["Input.Reason"] = "Recorded in the wrong currency" }))
        {
            retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var approved = await supervisor.SubmitAsync(ReviewUrl(order), new Dictionary<string, string?>(), "#approve-form");
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OrderAsync(Fixture, order)).Status.ShouldBe(JobOrderStatus.Published);
        var list = await admin.GetPageAsync("/Admin/MinimumWages?culture=en");
        list.QuerySelector("[data-testid=minimum-wage] [data-testid=retired]").ShouldNotBeNull();
        var entry = await admin.GetPageAsync($"/Admin/MinimumWages/Edit/{id}?culture=en");
        entry.QuerySelector("[data-testid=retired]").ShouldNotBeNull();
        entry.QuerySelector("#correct-form").ShouldBeNull();
        entry.QuerySelector("[data-testid=history-entry]")!.TextContent.ShouldContain("Recorded in the wrong currency");
    }

    [Fact]
    public async Task Correcting_or_retiring_the_latest_rate_prices_the_orders_in_its_currency_again()
    {
        var today = VacancyArrangement.Today;
        await _orders.RateAsync("KRW", today.AddDays(-7), 0.0007m);
        await _orders.RateAsync("KRW", today, 0.00085m);
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Paid in won") with { Wage = new Money(2_500_000m, "KRW") });
        var search = Fixture.CreateClient();
        var (admin, _) = await AdministratorAsync();
        var latest = await RateIdAsync(today);

        // 2,500,000 × 0.00085 = 2,125 USD; corrected to 0.00078: 1,950 USD.
        Titles(await search.GetPageAsync("/Vacancies?minUsd=2000")).ShouldBe(["Paid in won"]);
        using (var corrected = await admin.SubmitAsync($"/Admin/ExchangeRates/Edit/{latest}", new Dictionary<string, string?> { ["Input.UsdPerUnit"] = "0.00078", ["Input.Reason"] = "Central Bank rate of the day" }))
        {
            corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        Titles(await search.GetPageAsync("/Vacancies?minUsd=1900")).ShouldBe(["Paid in won"]);
        Titles(await search.GetPageAsync("/Vacancies?minUsd=2000")).ShouldBeEmpty();
        var history = (await admin.GetPageAsync($"/Admin/ExchangeRates/Edit/{latest}?culture=en")).QuerySelector("[data-testid=history-entry]")!.TextContent;
        history.ShouldContain("0.00085");
        history.ShouldContain("0.00078");

        // Retired, the week-old rate prices it: 2,500,000 × 0.0007 = 1,750 USD.
        using (var retired = await admin.SubmitAsync($"/Admin/ExchangeRates/Retire/{latest}", new Dictionary<string, string?> { ["Input.Reason"] = "Entered for the wrong day" }))
        {
            retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        Titles(await search.GetPageAsync("/Vacancies?minUsd=1900")).ShouldBeEmpty();
        Titles(await search.GetPageAsync("/Vacancies?minUsd=1700")).ShouldBe(["Paid in won"]);
        var rows = (await admin.GetPageAsync("/Admin/ExchangeRates?culture=en")).QuerySelectorAll("[data-testid=exchange-rate]");
        rows.Length.ShouldBe(2);
        rows.Count(r => r.QuerySelector("[data-testid=retired]") is not null).ShouldBe(1);

        // The day of a retired rate is free again for the right figure.
        using var added = await admin.SubmitAsync("/Admin/ExchangeRates", new Dictionary<string, string?>
        {
            ["Input.Currency"] = "KRW",
            ["Input.RateDate"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.UsdPerUnit"] = "0.00076",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData(UserKind.Citizen)]
    [InlineData(UserKind.Supervisor)]
    [InlineData(UserKind.EmployerAdmin)]
    public async Task Only_administrators_open_correct_or_retire_an_entry(UserKind kind)
    {
        await AddMinimumWageAsync(Fixture, "KR", 2_000_000m, "KRW");
        var id = await MinimumWageIdAsync();
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Hanil Construction") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization));

        foreach (var url in new[] { $"/Admin/MinimumWages/Edit/{id}", $"/Admin/MinimumWages/Retire/{id}" })
        {
            using var page = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            page.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        using var correct = await client.PostAsync($"/Admin/MinimumWages/Edit/{id}", new Dictionary<string, string> { ["Input.MonthlyAmount"] = "1", ["Input.Currency"] = "KRW", ["Input.Reason"] = "x" }, "/Vacancies");
        using var retire = await client.PostAsync($"/Admin/MinimumWages/Retire/{id}", new Dictionary<string, string> { ["Input.Reason"] = "x" }, "/Vacancies");
        correct.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        retire.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var wage = await Fixture.WithDbAsync(db => db.MinimumWages.SingleAsync());
        (wage.MonthlyAmount, wage.RetiredAt).ShouldBe((2_000_000m, (DateTimeOffset?)null));
        (await Fixture.WithDbAsync(db => db.WageReferenceChanges.CountAsync())).ShouldBe(0);
    }
}
