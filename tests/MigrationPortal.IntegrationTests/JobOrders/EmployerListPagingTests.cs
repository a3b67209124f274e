using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>The employer's own lists page through their rows: the pager's "next" shows the rows after the first page (issue 11).</summary>
public sealed class EmployerListPagingTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly VacancyArrangement _orders = new(fixture);

    [Fact]
    public async Task The_second_page_of_the_employers_job_orders_shows_the_oldest_order_the_first_left_out()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        for (var i = 0; i <= Paging.DefaultPageSize; i++)
        {
            await _orders.OrderAsync(employer, VacancyArrangement.Terms($"Order {i:D2}"), JobOrderStatus.Draft);
        }

        var (first, second) = await FirstAndNextAsync(employer, "/Employer/JobOrders", "[data-testid=order-row] .order-title a");

        first.Count.ShouldBe(Paging.DefaultPageSize);
        first.ShouldNotContain("Order 00");
        second.ShouldBe(["Order 00"]);
    }

    [Fact]
    public async Task The_second_page_of_the_employers_worksites_shows_the_last_one_by_name()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        await Fixture.WithDbAsync(db =>
        {
            for (var i = 0; i <= Paging.DefaultPageSize; i++)
            {
                db.Worksites.Add(new Worksite(Guid.CreateVersion7(), new WorksiteDetails($"Site {i:D2}", "KR", "Ulsan", "12 Bangeojin-ro", false)) { OrganizationId = employer });
            }

            return db.SaveChangesAsync();
        });

        var (first, second) = await FirstAndNextAsync(employer, "/Employer/Worksites", "[data-testid=worksite-row] a");

        first.Count.ShouldBe(Paging.DefaultPageSize);
        first.ShouldNotContain($"Site {Paging.DefaultPageSize:D2}");
        second.ShouldBe([$"Site {Paging.DefaultPageSize:D2}"]);
    }

    private async Task<(List<string> First, List<string> Second)> FirstAndNextAsync(Guid employer, string list, string rowSelector)
    {
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
        var first = await client.GetPageAsync(list);
        var next = first.QuerySelectorAll("nav a.page-link").Last().GetAttribute("href")!;
        next.ShouldContain("page=2");
        var second = await client.GetPageAsync(next);
        return (
            first.QuerySelectorAll(rowSelector).Select(a => a.TextContent.Trim()).ToList(),
            second.QuerySelectorAll(rowSelector).Select(a => a.TextContent.Trim()).ToList());
    }
}
