using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>The whole life of a profile through the pages: draft → submitted → returned → resubmitted → verified.</summary>
public sealed class VerificationFlowTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task A_returned_profile_is_corrected_resubmitted_and_verified_and_the_citizen_is_told_each_time()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var citizenClient = await Fixture.SignedInClientAsync(citizen);
        var steps = new CitizenSteps(citizenClient, Fixture);
        await steps.CompleteAndSubmitAsync(CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 77), regionId: 10);
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var officerClient = await Fixture.SignedInClientAsync(officer);
        var review = $"/Agency/Profiles/Review/{citizen.Id}";

        // The officer finds it in the queue and returns it: the passport scan is unreadable.
        (await officerClient.GetPageAsync("/Agency/Profiles")).Body!.TextContent.ShouldContain("Karimov");
        using (var returned = await officerClient.SubmitAsync(review, new Dictionary<string, string?> { ["Input.DocumentsReason"] = "Pasport nusxasi o‘qilmaydi" }, "#return-form"))
        {
            returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var returnedPage = await citizenClient.GetPageAsync("/Citizen/Profile");
        returnedPage.QuerySelector("[data-testid=profile-status]")!.TextContent.ShouldBe(Fixture.Text("ProfileStatus.Returned"));
        returnedPage.QuerySelector("[data-testid=return-reasons]")!.TextContent.ShouldContain("Pasport nusxasi o‘qilmaydi");
        (await citizenClient.GetPageAsync("/Citizen/Profile/Documents")).QuerySelector("[data-testid=return-reason]")!.TextContent.ShouldContain("Pasport nusxasi o‘qilmaydi");

        // The citizen uploads a clearer scan and submits again.
        await steps.UploadAsync(DocumentKind.PassportScan, "passport-clear.png", CitizenData.Png, "image/png");
        await steps.SubmitAsync();
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync())).Status.ShouldBe(ProfileStatus.Submitted);

        using (var verified = await officerClient.SubmitAsync(review, new Dictionary<string, string?>(), "#verify-form"))
        {
            verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var finalPage = await citizenClient.GetPageAsync("/Citizen/Profile");
        finalPage.QuerySelector("[data-testid=profile-status]")!.TextContent.ShouldBe(Fixture.Text("ProfileStatus.Verified"));
        finalPage.QuerySelector("[data-testid=return-reasons]").ShouldBeNull();
        var notices = await citizenClient.GetPageAsync("/Notifications");
        notices.QuerySelectorAll("[data-testid=notices] li").Select(li => li.QuerySelector("span:not(.badge)")!.TextContent).ShouldBe(
        [
            Fixture.Text("Notice.ProfileVerified"),
            Fixture.Text("Notice.ProfileSubmitted"),
            Fixture.Text("Notice.ProfileReturned"),
            Fixture.Text("Notice.ProfileSubmitted"),
        ]);
        var history = await Fixture.WithDbAsync(db => db.StatusChanges.Where(c => c.EntityId == citizen.Id).OrderBy(c => c.Id).Select(c => c.ToStatus).ToListAsync());
        history.ShouldBe(["Draft", "Submitted", "Returned", "Submitted", "Verified"]);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == citizen.Email))).ShouldBe(4);
    }

    [Fact]
    public async Task A_change_to_a_verified_profile_sends_it_back_to_draft_and_tells_the_citizen()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var citizenClient = await Fixture.SignedInClientAsync(citizen);
        var steps = new CitizenSteps(citizenClient, Fixture);
        await steps.CompleteAndSubmitAsync(CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 78), regionId: 10);
        var officerClient = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));
        using (var verified = await officerClient.SubmitAsync($"/Agency/Profiles/Review/{citizen.Id}", new Dictionary<string, string?>(), "#verify-form"))
        {
            verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await citizenClient.GetPageAsync("/Citizen/Profile/Professions")).Body!.TextContent.ShouldContain(Fixture.Text("Profile.EditVerifiedWarning"));
        await steps.ProfessionAsync("7115");

        (await citizenClient.GetPageAsync("/Citizen/Profile")).QuerySelector("[data-testid=profile-status]")!.TextContent.ShouldBe(Fixture.Text("ProfileStatus.Draft"));
        (await citizenClient.GetPageAsync("/Notifications")).QuerySelector("[data-testid=notices] li")!.TextContent.ShouldContain(Fixture.Text("Notice.ProfileBackToDraft"));
    }
}
