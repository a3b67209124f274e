using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using MigrationPortal.Web.Localization;
using static MigrationPortal.IntegrationTests.JobOrders.JobOrderArrangement;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>An employer's job order from draft to publication and after, through the pages (issue 4).</summary>
public sealed class JobOrderWorkflowTests(PortalFixture fixture) : PortalTest(fixture)
{
    private async Task<(PortalClient Employer, PortalClient Supervisor)> ClientsAsync()
    {
        var employer = await Fixture.CreateEmployerAsync("Hyundai Heavy Industries");
        var employerClient = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
        var supervisorClient = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));
        return (employerClient, supervisorClient);
    }

    [Fact]
    public async Task An_employer_creates_a_draft_edits_it_and_submits_it_and_a_supervisor_publishes_it()
    {
        var (employer, supervisor) = await ClientsAsync();

        var id = await CreateAsync(employer, Form());
        var draft = await employer.GetPageAsync(ViewUrl(id));
        draft.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe(Fixture.Text("JobOrderStatus.Draft"));

        var changed = Form(title: "Payvandchi (TIG)");
        changed["Input.Positions"] = "7";
        using (var edited = await employer.SubmitAsync($"/Employer/JobOrders/Edit/{id}", changed))
        {
            edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await SubmitAsync(employer, id);
        var queue = await supervisor.GetPageAsync("/Agency/JobOrders");
        queue.QuerySelectorAll("[data-testid=queue-row]").Single().TextContent.ShouldContain("Payvandchi (TIG)");

        using var approved = await supervisor.SubmitAsync(ReviewUrl(id), new Dictionary<string, string?>(), "#approve-form");

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var order = await OrderAsync(Fixture, id);
        order.Status.ShouldBe(JobOrderStatus.Published);
        order.Positions.ShouldBe(7);
        order.SearchText.ShouldContain("payvandchi (tig)");
        var page = await employer.GetPageAsync(ViewUrl(id));
        page.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe(Fixture.Text("JobOrderStatus.Published"));
        page.QuerySelectorAll("[data-testid=history-row]").Length.ShouldBe(3);
        (await supervisor.GetPageAsync("/Agency/JobOrders")).QuerySelector("[data-testid=empty]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("uz-Latn")]
    public async Task An_hourly_wage_with_cents_is_kept_whatever_the_language_writes_decimals_with(string culture)
    {
        var (employer, _) = await ClientsAsync();
        await employer.GetPageAsync($"/Employer?culture={culture}");

        var id = await CreateAsync(employer, Form(wage: "12.60", currency: "GBP", country: "GB"));

        var order = await OrderAsync(Fixture, id);
        order.WageAmount.ShouldBe(12.60m);
    }

    [Fact]
    public async Task An_order_below_the_destinations_minimum_wage_is_refused_with_the_figures_and_stays_pending()
    {
        var (employer, supervisor) = await ClientsAsync();

        // The minimum is recorded in dollars; the order pays won: 1,500,000 KRW = 1,125 USD < 1,500 USD = 2,000,000 KRW.
        await AddMinimumWageAsync(Fixture, "KR", 1500m, "USD");
        await AddRateAsync(Fixture, "KRW", 0.00075m);
        var id = await CreateAsync(employer, Form(wage: "1500000"));
        await SubmitAsync(employer, id);

        var refused = await supervisor.SubmitAndReadAsync(ReviewUrl(id), new Dictionary<string, string?>(), formSelector: "#approve-form");

        refused.SummaryErrors().ShouldBe([UzbekText("Rule.JobOrder.BelowMinimumWage", new Money(1500000m, "KRW"), new Money(2000000m, "KRW"))]);
        refused.SummaryErrors()[0].ShouldNotContain(",00", customMessage: "won have no minor units");
        (await OrderAsync(Fixture, id)).Status.ShouldBe(JobOrderStatus.PendingApproval);
    }

    [Fact]
    public async Task An_order_at_the_minimum_wage_is_approved_and_a_missing_rate_is_named()
    {
        var (employer, supervisor) = await ClientsAsync();
        await AddMinimumWageAsync(Fixture, "KR", 2000000m, "KRW");
        var id = await CreateAsync(employer, Form(wage: "2000000"));
        await SubmitAsync(employer, id);
        var rub = await CreateAsync(employer, Form(title: "Ruble order", wage: "150000", currency: "RUB"));
        await SubmitAsync(employer, rub);

        using var approved = await supervisor.SubmitAsync(ReviewUrl(id), new Dictionary<string, string?>(), "#approve-form");
        var refused = await supervisor.SubmitAndReadAsync(ReviewUrl(rub), new Dictionary<string, string?>(), formSelector: "#approve-form");

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OrderAsync(Fixture, id)).Status.ShouldBe(JobOrderStatus.Published);
        refused.SummaryErrors().ShouldBe([Fixture.Text("Rule.JobOrder.NoExchangeRate", "KRW")]);
        (await OrderAsync(Fixture, rub)).Status.ShouldBe(JobOrderStatus.PendingApproval);
    }

    [Fact]
    public async Task Without_a_minimum_wage_for_the_country_the_review_page_says_so_and_approval_goes_through()
    {
        var (employer, supervisor) = await ClientsAsync();
        var id = await CreateAsync(employer, Form());
        await SubmitAsync(employer, id);

        var review = await supervisor.GetPageAsync(ReviewUrl(id));
        using var approved = await supervisor.SubmitAsync(ReviewUrl(id), new Dictionary<string, string?>(), "#approve-form");

        review.QuerySelector("[data-testid=minimum-wage]")!.TextContent.ShouldContain(Fixture.Text("Approval.NoMinimumWage", "Koreya Respublikasi"));
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OrderAsync(Fixture, id)).Status.ShouldBe(JobOrderStatus.Published);
    }

    [Fact]
    public async Task A_rejected_order_shows_the_reason_to_the_employer_who_corrects_and_resubmits_it()
    {
        var (employer, supervisor) = await ClientsAsync();
        var id = await CreateAsync(employer, Form());
        await SubmitAsync(employer, id);

        var empty = await supervisor.SubmitAndReadAsync(ReviewUrl(id), new Dictionary<string, string?> { ["Input.Reason"] = " " }, formSelector: "#reject-form");
        empty.FieldErrors("Input.Reason").ShouldNotBeEmpty();
        (await OrderAsync(Fixture, id)).Status.ShouldBe(JobOrderStatus.PendingApproval);

        using (var rejected = await supervisor.SubmitAsync(ReviewUrl(id), new Dictionary<string, string?> { ["Input.Reason"] = "Ish vaqti shartnomadagidan farq qiladi." }, "#reject-form"))
        {
            rejected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var view = await employer.GetPageAsync(ViewUrl(id));
        view.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe(Fixture.Text("JobOrderStatus.Rejected"));
        view.QuerySelector("[data-testid=rejection-reason]")!.TextContent.ShouldContain("Ish vaqti shartnomadagidan farq qiladi.");
        var edit = await employer.GetPageAsync($"/Employer/JobOrders/Edit/{id}");
        edit.QuerySelector("[data-testid=rejection-reason]")!.TextContent.ShouldContain("Ish vaqti shartnomadagidan farq qiladi.");

        var correction = Form();
        correction["Input.HoursPerWeek"] = "44";
        using (var corrected = await employer.SubmitAsync($"/Employer/JobOrders/Edit/{id}", correction))
        {
            corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await SubmitAsync(employer, id);
        var order = await OrderAsync(Fixture, id);
        order.Status.ShouldBe(JobOrderStatus.PendingApproval);
        order.HoursPerWeek.ShouldBe(44);
        order.RejectionReason.ShouldBeNull();
    }

    [Fact]
    public async Task A_published_order_is_paused_resumed_and_closed_and_then_offers_no_more_moves()
    {
        var (employer, supervisor) = await ClientsAsync();
        var id = await CreateAsync(employer, Form());
        await SubmitAsync(employer, id);
        (await supervisor.SubmitAsync(ReviewUrl(id), new Dictionary<string, string?>(), "#approve-form")).Dispose();

        foreach (var (form, expected) in new[] { ("#pause-form", JobOrderStatus.Paused), ("#resume-form", JobOrderStatus.Published), ("#close-form", JobOrderStatus.Closed) })
        {
            using var response = await employer.SubmitAsync(ViewUrl(id), new Dictionary<string, string?>(), form);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await OrderAsync(Fixture, id)).Status.ShouldBe(expected);
        }

        var closed = await employer.GetPageAsync(ViewUrl(id));
        closed.QuerySelector("[data-testid=actions]")!.QuerySelectorAll("form, a").ShouldBeEmpty();
        var stale = await employer.GetPageAsync("/Employer/JobOrders");
        stale.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe(Fixture.Text("JobOrderStatus.Closed"));
    }

    [Fact]
    public async Task Pausing_a_draft_is_refused_with_both_statuses_in_the_users_language()
    {
        var (employer, _) = await ClientsAsync();
        var id = await CreateAsync(employer, Form());
        var version = (await OrderAsync(Fixture, id)).Version;

        using var response = await employer.PostAsync($"{ViewUrl(id)}?handler=Pause", new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) }, ViewUrl(id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).SummaryErrors()
            .ShouldBe([Fixture.Text("Rule.JobOrder.InvalidTransition", Fixture.Text("JobOrderStatus.Draft"), Fixture.Text("JobOrderStatus.Paused"))]);
        (await OrderAsync(Fixture, id)).Status.ShouldBe(JobOrderStatus.Draft);
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "Input.CountryCode", "UZ", ErrorCodes.UnknownCountry, "CountryCode" },
        { "Input.ProbationMonths", "6", ErrorCodes.ProbationNotShorter, "ProbationMonths" },
        { "Input.MinimumLanguageLevelId", "3", ErrorCodes.LevelNotOnScale, "MinimumLanguageLevelId" },
        { "Input.MaximumAge", "19", ErrorCodes.AgeRange, "MaximumAge" },
        { "Input.ApplicationDeadline", "2020-01-01", ErrorCodes.DeadlineInPast, "ApplicationDeadline" },
        { "Input.OccupationCode", "7", ErrorCodes.UnknownOccupation, "OccupationCode" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_shown_by_its_field_and_nothing_is_stored(string field, string value, string errorCode, string property)
    {
        var (employer, _) = await ClientsAsync();
        var form = Form();
        form[field] = value;
        if (field == "Input.ProbationMonths")
        {
            form["Input.ContractMonths"] = "6";
        }

        var page = await employer.SubmitAndReadAsync("/Employer/JobOrders/Edit", form);

        page.FieldErrors(field).ShouldBe([Fixture.FieldMessage(errorCode, property)]);
        (await Fixture.WithDbAsync(db => db.JobOrders.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task An_age_range_outside_the_programs_that_set_one_and_a_housing_cost_without_housing_are_refused()
    {
        var (employer, _) = await ClientsAsync();
        var form = Form(country: "RU", wage: "90000", currency: "RUB");
        form["Input.Program"] = nameof(RecruitmentProgram.RussiaOrganized);
        form["Input.LanguageCode"] = "ru";
        form["Input.MinimumLanguageLevelId"] = "2";
        form["Input.HousingProvided"] = "false";

        var page = await employer.SubmitAndReadAsync("/Employer/JobOrders/Edit", form);

        page.FieldErrors("Input.MinimumAge").ShouldBe([Fixture.FieldMessage(ErrorCodes.AgeNotForProgram, "MinimumAge")]);
        page.FieldErrors("Input.MaximumAge").ShouldBe([Fixture.FieldMessage(ErrorCodes.AgeNotForProgram, "MaximumAge")]);
        page.FieldErrors("Input.HousingCostPerMonth").ShouldBe([Fixture.FieldMessage(ErrorCodes.HousingCostWithoutHousing, "HousingCostPerMonth")]);
        page.QuerySelector("#Input_Title")!.GetAttribute("value").ShouldBe("Payvandchi");
        (await Fixture.WithDbAsync(db => db.JobOrders.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_says_when_there_is_nothing()
    {
        var (employer, _) = await ClientsAsync();
        (await employer.GetPageAsync("/Employer/JobOrders")).QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("JobOrders.Empty"));
        var submitted = await CreateAsync(employer, Form(title: "Submitted one"));
        await SubmitAsync(employer, submitted);
        await CreateAsync(employer, Form(title: "Draft one"));

        var drafts = await employer.GetPageAsync("/Employer/JobOrders?status=Draft");
        var all = await employer.GetPageAsync("/Employer/JobOrders");

        drafts.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("1");
        drafts.QuerySelectorAll("[data-testid=order-row]").Single().TextContent.ShouldContain("Draft one");
        all.QuerySelectorAll("[data-testid=order-row]").Select(r => r.QuerySelector("a")!.TextContent).ShouldBe(["Draft one", "Submitted one"]);
    }

    // The portal formats numbers in the user's culture too (uz-Latn: "1 500 000 KRW").
    private string UzbekText(string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("uz-Latn");
        try
        {
            return Fixture.Text(key, [.. arguments.Select(a => a is Money money ? MoneyText.Of(money.Amount, money.CurrencyCode) : a)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
