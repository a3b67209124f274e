using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 4's supervisor narrows the screening queue by branch and Korean level, opens the order's pipeline from it:
/// every application with its timeline, and a contract worse than the order recorded with the reason, on a phone and
/// on a desktop.
/// </summary>
public sealed class OrderPipelineJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task A_supervisor_reads_the_pipeline_and_approves_a_worse_contract(string viewport)
    {
        var employerId = await Fixture.CreateEmployerAsync($"Hanjin Marine {UniqueSuffix()}");
        var employer = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerId);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerId, employer.Id, supervisor.Id, "Qolip duradgori (Formwork carpenter)", positions: 5);
        var profiles = new ProfileArrangement(Fixture);
        async Task<Guid> ApplyAsync(ArrangedProfile arranged)
        {
            await profiles.VerifyAsync(arranged, supervisor.Id);
            return await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(order));
        }

        var selected = await ApplyAsync(await profiles.SubmittedInSamarkandAsync(lastName: "Karimov"));
        var refused = await ApplyAsync(await profiles.SubmittedInTashkentCityAsync(lastName: "Yusupova"));
        await ApplyAsync(await profiles.SubmittedInSamarkandAsync(lastName: "Nazarov"));
        await Fixture.SendAsync(supervisor, new MoveApplicationsCommand([selected, refused], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(supervisor, new MoveApplicationsCommand([selected], ApplicationStatus.Shortlisted, "TOPIK 3, sakkiz yillik tajriba."));
        await Fixture.SendAsync(supervisor, new MoveApplicationsCommand([refused], ApplicationStatus.NotSelected, "Qolip ishida tajribasi yo‘q."));
        await Fixture.SendAsync(employer, new DecideOnCandidateCommand(selected, await Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.Id == selected).Select(a => a.Version).SingleAsync()), ApplicationStatus.Selected, null) { Confirmed = true });

        await using var journey = await Journey.StartAsync(Fixture, "Order pipeline", Viewport.Named(viewport));
        var page = journey.Page;
        await SignInAsync(journey, supervisor, "/Agency", "supervisor-signed-in");
        await journey.GotoAsync($"/Agency/Applications?unit={ProfileArrangement.SamarkandUnit}&language=ko&level=9", "screening-filtered");
        await Expect(page.Locator("details.queue-filters")).ToHaveAttributeAsync("open", "open");
        await Expect(page.Locator("[data-testid=queue] li")).ToHaveCountAsync(1);
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=pipeline-link]"), new Regex($"/Agency/JobOrders/Pipeline/{order}"), "pipeline");
        await Expect(page.Locator("[data-testid=application]")).ToHaveCountAsync(3);
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=record-deviation]"), new Regex("contract="), "contract-form");
        await page.Locator("#Input_MonthlyWage").FillAsync("2400000");
        await page.Locator("#Input_HoursPerWeek").FillAsync("44");
        await page.Locator("#Input_ContractMonths").FillAsync("36");
        await page.Locator("#Input_StartDate").FillAsync(DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_Reason").FillAsync("Bepul uy-joy va ovqat farqni qoplaydi; ishchi yozma rozi.");
        await journey.ClickAndArriveAsync(page.Locator("#contract-form button[type=submit]"), new Regex("recorded=true"), "contract-recorded");

        await Expect(page.Locator($"#app-{selected} [data-testid=application-status]")).ToHaveTextAsync(Fixture.Text("ApplicationStatus.ContractSigned"));
        await Expect(page.Locator($"#app-{selected} [data-testid=deviation]")).ToContainTextAsync("Bepul uy-joy va ovqat farqni qoplaydi");
    }
}
