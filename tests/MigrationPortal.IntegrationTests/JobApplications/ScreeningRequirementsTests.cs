using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>
/// Screening with the facts (issue 11): each row shows the candidate next to the order's requirements with a mark,
/// "meets all" narrows the queue, and shortlisting past a requirement needs a reason that the supervisor then sees.
/// </summary>
public sealed class ScreeningRequirementsTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const int Topik3 = 9;
    private const string OverrideReason = "Ish beruvchi uni suhbatga chaqirishni so‘radi.";

    [Fact]
    public async Task Each_row_shows_the_candidates_facts_next_to_the_order_with_a_mark_per_requirement()
    {
        var arranged = await ArrangeAsync();
        var page = await arranged.OfficerClient.GetPageAsync("/Agency/Applications");

        var welder = Row(page, "Alimov");
        welder.GetAttribute("data-meets").ShouldBe("true");
        var language = welder.QuerySelector("[data-testid=check-Language]")!;
        language.GetAttribute("data-met").ShouldBe("true");
        language.TextContent.ShouldContain("TOPIK 3");
        language.TextContent.ShouldContain(Fixture.Text("Screening.Certified"));
        language.TextContent.ShouldContain(Fixture.Text("Screening.Meets"));
        welder.QuerySelector("[data-testid=check-Profession]")!.TextContent.ShouldContain(Fixture.Text("Screening.ProfessionYears", "Payvandchilar va gaz bilan kesuvchilar", 8));
        welder.QuerySelector("[data-testid=check-Age]")!.GetAttribute("data-met").ShouldBe("true");
        welder.QuerySelector("[data-testid=verified]")!.TextContent.ShouldStartWith(Fixture.Text("Screening.VerifiedOn", "").Trim());
        welder.QuerySelector("[data-testid=profile-link]")!.GetAttribute("href").ShouldBe($"/Agency/Profiles/Review/{arranged.Welder}");

        var carpenter = Row(page, "Botirov");
        carpenter.GetAttribute("data-meets").ShouldBe("false");
        var profession = carpenter.QuerySelector("[data-testid=check-Profession]")!;
        profession.GetAttribute("data-met").ShouldBe("false");
        profession.TextContent.ShouldContain(Fixture.Text("Screening.DoesNotMeet"));
        profession.QuerySelector(".check-mark [aria-hidden=true]")!.TextContent.ShouldBe("✗", "the mark is an icon and words, not a color");
    }

    [Fact]
    public async Task The_meets_all_filter_keeps_only_candidates_who_meet_every_requirement()
    {
        var arranged = await ArrangeAsync();

        var page = await arranged.OfficerClient.GetPageAsync("/Agency/Applications?meets=true");

        Names(page).ShouldBe(["Alimov"]);
        page.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("1");
        page.QuerySelector("#meets")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Shortlisting_a_candidate_who_does_not_meet_the_order_without_a_reason_is_refused_and_moves_nobody()
    {
        var arranged = await ArrangeAsync();
        await Fixture.SendAsync(arranged.Officer, new MoveApplicationsCommand(arranged.Applications, ApplicationStatus.Screening, null));

        var page = await arranged.OfficerClient.SubmitAndReadAsync("/Agency/Applications?status=Screening", new Dictionary<string, string?>
        {
            ["ids"] = arranged.CarpenterApplication.ToString(),
            ["target"] = nameof(ApplicationStatus.Shortlisted),
            ["note"] = "Yaxshi nomzod",
        });
        page.SummaryErrors().ShouldContain(Fixture.Text("Rule.Application.OverrideReasonRequired", 1));

        var bulk = await Should.ThrowAsync<DomainRuleException>(() => Fixture.SendAsync(arranged.Officer, new MoveApplicationsCommand(arranged.Applications, ApplicationStatus.Shortlisted, null)));
        bulk.MessageKey.ShouldBe("Rule.Application.OverrideReasonRequired");
        bulk.Arguments.ShouldBe([1], "the bulk move names how many do not meet and shortlists none of them silently");
        (await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Status).ToListAsync())).ShouldAllBe(s => s == ApplicationStatus.Screening);
    }

    [Fact]
    public async Task An_override_with_a_reason_is_recorded_and_the_supervisor_finds_it_on_the_queue_and_the_pipeline()
    {
        var arranged = await ArrangeAsync();
        await Fixture.SendAsync(arranged.Officer, new MoveApplicationsCommand(arranged.Applications, ApplicationStatus.Screening, null));

        using (var response = await arranged.OfficerClient.SubmitAsync("/Agency/Applications?status=Screening", new Dictionary<string, string?>
        {
            ["ids"] = arranged.CarpenterApplication.ToString(),
            ["target"] = nameof(ApplicationStatus.Shortlisted),
            ["overrideReason"] = OverrideReason,
        }))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var stored = await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync(a => a.Id == arranged.CarpenterApplication));
        stored.Status.ShouldBe(ApplicationStatus.Shortlisted);
        stored.ShortlistUnmet.ShouldBe([ScreeningRequirement.Profession]);
        stored.ShortlistOverrideReason.ShouldBe(OverrideReason);
        stored.ShortlistOverriddenBy.ShouldBe(arranged.Officer.Id);

        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit));
        var queue = await supervisor.GetPageAsync("/Agency/Applications?status=Shortlisted&overridden=true");
        Names(queue).ShouldBe(["Botirov"]);
        var shown = queue.QuerySelector("[data-testid=override]")!.TextContent;
        shown.ShouldContain(Fixture.Text("Screening.OverrideShown", Fixture.Text("Screening.Requirement.Profession"), OverrideReason));
        shown.ShouldContain(await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == arranged.Officer.Id).Select(u => u.FullName).SingleAsync()));

        var pipeline = await supervisor.GetPageAsync($"/Agency/JobOrders/Pipeline/{arranged.Order}");
        pipeline.QuerySelectorAll("[data-testid=override]").ShouldHaveSingleItem().TextContent.ShouldContain(OverrideReason);
    }

    [Fact]
    public async Task An_officer_never_sees_another_branchs_rows_even_with_the_new_filters()
    {
        var arranged = await ArrangeAsync();
        var tashkent = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.TashkentCityUnit));

        Names(await tashkent.GetPageAsync("/Agency/Applications?meets=true")).ShouldBeEmpty();
        Names(await tashkent.GetPageAsync($"/Agency/Applications?unit={ProfileArrangement.SamarkandUnit}")).ShouldBeEmpty();
        var tashkentOfficer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.TashkentCityUnit);
        (await Fixture.SendAsync(tashkentOfficer, new MoveApplicationsCommand([arranged.CarpenterApplication], ApplicationStatus.Screening, null))).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync(a => a.Id == arranged.CarpenterApplication))).Status.ShouldBe(ApplicationStatus.Submitted);
    }

    [Fact]
    public async Task A_representative_office_screens_its_countrys_rows_but_is_offered_no_profile_review_it_could_not_open()
    {
        var arranged = await ArrangeAsync();
        var office = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: JobOrderArrangement.KoreaOffice));

        var page = await office.GetPageAsync("/Agency/Applications");

        Names(page).ShouldBe(["Alimov", "Botirov"], ignoreOrder: true);
        Row(page, "Alimov").QuerySelector("[data-testid=check-Language]").ShouldNotBeNull();
        page.QuerySelectorAll("[data-testid=profile-link]").ShouldBeEmpty();
        using var review = await office.Http.GetAsync(new Uri($"/Agency/Profiles/Review/{arranged.Welder}", UriKind.Relative));
        review.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record Arranged(Guid Order, TestUser Officer, PortalClient OfficerClient, Guid Welder, Guid CarpenterApplication, IReadOnlyList<Guid> Applications);

    /// <summary>
    /// A Korean welder's order asking TOPIK 3, three years of welding and an age of 18 to 45; Alimov, a welder of eight
    /// years with a TOPIK 3 certificate, meets it; Botirov, a carpenter, does not meet the profession.
    /// </summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var order = await new VacancyArrangement(Fixture).PublishedAsync(employer, VacancyArrangement.Terms("Payvandchi") with
        {
            OccupationCode = "7212",
            MinimumExperienceYears = 3,
            LanguageCode = "ko",
            MinimumLanguageLevelId = Topik3,
            MinimumAge = 18,
            MaximumAge = 45,
        });
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        var welder = await profiles.SubmittedInSamarkandAsync(occupation: "7212", lastName: "Alimov");
        var carpenter = await profiles.SubmittedInSamarkandAsync(occupation: "7115", lastName: "Botirov");
        var applications = new List<Guid>();
        foreach (var profile in new[] { welder, carpenter })
        {
            await profiles.VerifyAsync(profile, officer.Id);
            await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(order));
            applications.Add(await Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.CitizenId == profile.Id).Select(a => a.Id).SingleAsync()));
        }

        return new Arranged(order, officer, await Fixture.SignedInClientAsync(officer), welder.Id, applications[1], applications);
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string lastName) =>
        page.QuerySelectorAll("[data-testid=row]").Single(r => r.QuerySelector("strong")!.TextContent.StartsWith(lastName, StringComparison.Ordinal));

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=queue] li strong").Select(s => s.TextContent.Split(' ')[0])];
}
