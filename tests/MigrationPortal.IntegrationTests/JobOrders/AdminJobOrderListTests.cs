using System.Net;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>Administrators see every employer's job orders with status and employer, filtered and paged.</summary>
public sealed class AdminJobOrderListTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly VacancyArrangement _orders = new(fixture);

    [Fact]
    public async Task An_administrator_sees_every_employers_orders_and_filters_them_by_status_and_employer()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Test");
        var volga = await Fixture.CreateEmployerAsync("Volga Test");
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Payvandchi"));
        await _orders.OrderAsync(hanil, VacancyArrangement.Terms("Bo‘yoqchi"), JobOrderStatus.PendingApproval);
        await _orders.OrderAsync(volga, VacancyArrangement.Terms("Betonchi"), JobOrderStatus.PendingApproval);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var all = await admin.GetPageAsync("/Admin/JobOrders?culture=en");
        var pending = await admin.GetPageAsync("/Admin/JobOrders?culture=en&status=PendingApproval");
        var volgaPending = await admin.GetPageAsync($"/Admin/JobOrders?culture=en&status=PendingApproval&employer={volga}");

        all.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("3");
        all.QuerySelectorAll("[data-testid=order-employer]").Select(e => e.TextContent).Distinct().Order().ShouldBe(["Hanil Test", "Volga Test"]);
        pending.QuerySelectorAll("[data-testid=order-status]").Select(e => e.TextContent).ShouldBe(["Awaiting approval", "Awaiting approval"]);
        var row = volgaPending.QuerySelectorAll("[data-testid=order]").ShouldHaveSingleItem();
        row.TextContent.ShouldContain("Betonchi");
        row.QuerySelector("[data-testid=order-employer]")!.TextContent.ShouldBe("Volga Test");
    }

    [Fact]
    public async Task Orders_beyond_one_page_are_reached_through_the_pager_keeping_the_filter()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Test");
        for (var i = 0; i < MigrationPortal.Application.Common.Paging.DefaultPageSize + 1; i++)
        {
            await _orders.OrderAsync(hanil, VacancyArrangement.Terms($"Payvandchi {i}"), JobOrderStatus.PendingApproval);
        }

        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var first = await admin.GetPageAsync("/Admin/JobOrders?status=PendingApproval");
        var next = first.QuerySelectorAll("nav a.page-link").Last().GetAttribute("href")!;
        next.ShouldContain("page=2");
        next.ShouldContain("status=PendingApproval");
        var second = await admin.GetPageAsync(next);

        second.QuerySelectorAll("[data-testid=order]").ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(UserKind.Officer)]
    [InlineData(UserKind.EmployerAdmin)]
    public async Task A_non_administrator_is_refused_the_list_of_all_orders(UserKind kind)
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var user = await Fixture.CreateUserAsync(kind, kind == UserKind.EmployerAdmin ? employer : null, kind == UserKind.Officer ? ProfileArrangement.SamarkandUnit : null);

        await (await Fixture.SignedInClientAsync(user)).GetPageAsync("/Admin/JobOrders", HttpStatusCode.Forbidden);
    }
}
