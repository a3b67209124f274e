using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;
using Npgsql;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>The citizen's own profile through the pages: steps, submission, notices, and what must never be stored.</summary>
public sealed class CitizenProfileTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly string Pinfl = CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 401);

    private const string Passport = "AB1234567";

    [Fact]
    public async Task Citizen_fills_every_step_and_submits_the_profile_to_the_branch_of_their_region()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);

        await new CitizenSteps(client, Fixture).CompleteAndSubmitAsync(Pinfl, regionId: 10);

        var page = await client.GetPageAsync("/Citizen/Profile");
        page.QuerySelector("[data-testid=profile-status]")!.TextContent.ShouldBe(Fixture.Text("ProfileStatus.Submitted"));
        page.QuerySelector("[data-testid=completeness]")!.TextContent.ShouldBe(Fixture.Text("Profile.CompletenessValue", 100));
        page.QuerySelector("[data-testid=masked-pinfl]")!.TextContent.ShouldBe("••••••••••" + Pinfl[^4..]);
        page.Body!.TextContent.ShouldNotContain(Pinfl);
        page.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldStartWith("1");
        var profile = await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync(p => p.Id == citizen.Id));
        profile.Status.ShouldBe(ProfileStatus.Submitted);
        profile.UnitId.ShouldBe(new Guid("00000000-0000-0000-0001-000000000010"));
        var email = await Fixture.WithDbAsync(db => db.OutboxEmails.SingleAsync());
        email.To.ShouldBe(citizen.Email);
        email.Subject.ShouldBe(Fixture.Text("Notice.ProfileSubmitted"));
    }

    [Fact]
    public async Task The_database_never_holds_a_pinfl_or_passport_number_in_clear()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var steps = new CitizenSteps(client, Fixture);
        await steps.PersonalAsync(Pinfl);
        await steps.PassportAsync("AB7654321");

        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pinfl_cipher, passport_cipher, row_to_json(p)::text FROM worker_profiles p", connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        reader.GetString(0).ShouldNotContain(Pinfl);
        reader.GetString(0).Length.ShouldBeGreaterThan(40);
        reader.GetString(1).ShouldNotContain("7654321");
        reader.GetString(2).ShouldNotContain(Pinfl);
        reader.GetString(2).ShouldNotContain("AB7654321");
    }

    [Theory]
    [InlineData("3210599012345", "Validation.PinflFormat")]
    [InlineData("82105990123450", "Validation.PinflFormat")]
    public async Task A_malformed_pinfl_gets_its_reason_and_stores_nothing(string pinfl, string code)
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);

        var page = await SubmitPersonalAsync(client, pinfl);

        page.FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage(code, "Pinfl")]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_pinfl_with_a_wrong_check_digit_is_refused()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var valid = CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 11);
        var mistyped = valid[..13] + (char)('0' + ((valid[13] - '0' + 1) % 10));

        var page = await SubmitPersonalAsync(client, mistyped);

        page.FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage("Validation.PinflCheckDigit", "Pinfl")]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_pinfl_that_encodes_another_birth_date_or_sex_is_refused()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var womansNumber = CitizenData.Pinfl(CitizenData.BirthDate, Sex.Female, 12);

        var page = await SubmitPersonalAsync(client, womansNumber);

        page.FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage("Validation.PinflDisagrees", "Pinfl")]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_pinfl_already_on_another_profile_is_refused()
    {
        var first = await Fixture.CreateUserAsync(UserKind.Citizen);
        await new CitizenSteps(await Fixture.SignedInClientAsync(first), Fixture).PersonalAsync(Pinfl);
        var second = await Fixture.CreateUserAsync(UserKind.Citizen);

        var page = await SubmitPersonalAsync(await Fixture.SignedInClientAsync(second), Pinfl);

        page.FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage("Validation.PinflTaken", "Pinfl")]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Trying_another_persons_pinfl_says_only_to_see_the_branch_and_is_written_to_that_persons_audit()
    {
        var owner = await Fixture.CreateUserAsync(UserKind.Citizen);
        await new CitizenSteps(await Fixture.SignedInClientAsync(owner), Fixture).PersonalAsync(Pinfl);
        var prober = await Fixture.CreateUserAsync(UserKind.Citizen);

        var page = await SubmitPersonalAsync(await Fixture.SignedInClientAsync(prober), Pinfl);

        var message = page.FieldErrors("Input.Pinfl").ShouldHaveSingleItem();
        message.ShouldBe(Fixture.FieldMessage("Validation.PinflTaken", "Pinfl"));
        message.ShouldNotContain("another", Case.Insensitive);
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync());
        (audit.ViewerId, audit.CitizenId, audit.Action).ShouldBe((prober.Id, owner.Id, "DuplicatePinflAttempt"));
    }

    [Fact]
    public async Task After_five_taken_numbers_in_a_day_no_number_is_looked_up_so_the_form_cannot_probe_who_is_registered()
    {
        var owner = await Fixture.CreateUserAsync(UserKind.Citizen);
        await new CitizenSteps(await Fixture.SignedInClientAsync(owner), Fixture).PersonalAsync(Pinfl);
        var prober = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await SubmitPersonalAsync(prober, Pinfl)).FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage("Validation.PinflTaken", "Pinfl")]);
        }

        var freeNumber = CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 77);
        var page = await SubmitPersonalAsync(prober, freeNumber);

        page.FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage("Validation.NumberChecksExhausted", "Pinfl")]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.CountAsync())).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync())).ShouldBe(5);
    }

    [Fact]
    public async Task Trying_another_persons_passport_says_only_to_see_the_branch_and_is_written_to_that_persons_audit()
    {
        var owner = await Fixture.CreateUserAsync(UserKind.Citizen);
        var ownerSteps = new CitizenSteps(await Fixture.SignedInClientAsync(owner), Fixture);
        await ownerSteps.PersonalAsync(Pinfl);
        await ownerSteps.PassportAsync(Passport);
        var prober = await Fixture.CreateUserAsync(UserKind.Citizen);
        var proberClient = await ProberWithProfileAsync(prober, 402);

        var page = await SubmitPassportAsync(proberClient, Passport);

        var message = page.FieldErrors("Input.Number").ShouldHaveSingleItem();
        message.ShouldBe(Fixture.FieldMessage("Validation.PassportTaken", "Number"));
        message.ShouldNotContain("another", Case.Insensitive);
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync());
        (audit.ViewerId, audit.CitizenId, audit.Action).ShouldBe((prober.Id, owner.Id, "DuplicatePassportAttempt"));
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync(p => p.Id == prober.Id))).PassportHash.ShouldBeNull();
    }

    [Fact]
    public async Task Taken_pinfls_and_passports_share_the_five_checks_a_day_after_which_no_passport_is_looked_up()
    {
        var owner = await Fixture.CreateUserAsync(UserKind.Citizen);
        var ownerSteps = new CitizenSteps(await Fixture.SignedInClientAsync(owner), Fixture);
        await ownerSteps.PersonalAsync(Pinfl);
        await ownerSteps.PassportAsync(Passport);
        var proberClient = await ProberWithProfileAsync(await Fixture.CreateUserAsync(UserKind.Citizen), 403);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await SubmitPersonalAsync(proberClient, Pinfl)).FieldErrors("Input.Pinfl").ShouldBe([Fixture.FieldMessage("Validation.PinflTaken", "Pinfl")]);
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await SubmitPassportAsync(proberClient, Passport)).FieldErrors("Input.Number").ShouldBe([Fixture.FieldMessage("Validation.PassportTaken", "Number")]);
        }

        var page = await SubmitPassportAsync(proberClient, "AC7654321");

        page.FieldErrors("Input.Number").ShouldBe([Fixture.FieldMessage("Validation.NumberChecksExhausted", "Number")]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.CountAsync(p => p.PassportHash != null))).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync())).ShouldBe(5);
    }

    public static TheoryData<string, Dictionary<string, string?>, string, string> BadSteps => new()
    {
        { "/Citizen/Profile/Passport", new() { ["Input.Number"] = "A12345678", ["Input.IssuedOn"] = "2022-01-01", ["Input.ExpiresOn"] = "2032-01-01" }, "Input.Number", "Validation.PassportFormat" },
        { "/Citizen/Profile/Passport", new() { ["Input.Number"] = "AB1234567", ["Input.IssuedOn"] = "2017-01-01", ["Input.ExpiresOn"] = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd") }, "Input.ExpiresOn", "Validation.PassportExpiresSoon" },
        { "/Citizen/Profile/Passport", new() { ["Input.Number"] = "AB1234567", ["Input.IssuedOn"] = "2014-01-01", ["Input.ExpiresOn"] = "2024-01-01" }, "Input.ExpiresOn", "Validation.PassportExpired" },
        { "/Citizen/Profile/Education", new() { ["Input.Level"] = "Bachelor", ["Input.Field"] = "Nursing", ["Input.Institution"] = "Tashkent Medical Academy", ["Input.GraduationYear"] = "1812" }, "Input.GraduationYear", "Validation.YearRange" },
        { "/Citizen/Profile/Work", new() { ["Input.Employer"] = "Build Co", ["Input.Position"] = "Mason", ["Input.CountryCode"] = "RU", ["Input.StartYear"] = "2020", ["Input.EndYear"] = "2018" }, "Input.EndYear", "Validation.EndBeforeStart" },
        { "/Citizen/Profile/Professions", new() { ["Input.OccupationCode"] = "7", ["Input.YearsOfExperience"] = "2" }, "Input.OccupationCode", "Validation.UnknownOccupation" },
        { "/Citizen/Profile/Languages", new() { ["Input.LanguageCode"] = "ko", ["Input.LevelId"] = "3" }, "Input.LevelId", "Validation.LevelNotOnScale" },
        { "/Citizen/Profile/Countries", new(), "Input.CountryCodes", "Validation.ChooseCountries" },
    };

    [Theory]
    [MemberData(nameof(BadSteps))]
    public async Task Bad_input_on_a_step_shows_the_reason_by_the_field_and_stores_nothing(string url, Dictionary<string, string?> fields, string field, string code)
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);

        var page = await client.SubmitAndReadAsync(url, fields);

        page.FieldErrors(field).ShouldBe([Fixture.FieldMessage(code, field["Input.".Length..])]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_profile_under_review_cannot_be_changed()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        await new CitizenSteps(client, Fixture).CompleteAndSubmitAsync(Pinfl);

        var form = await client.GetPageAsync("/Citizen/Profile/Education");
        form.QuerySelector("main form").ShouldBeNull("a profile under review offers no form to change it");

        // A tab left open from before the submission still posts the old form.
        using var response = await client.PostAsync("/Citizen/Profile/Education", new Dictionary<string, string>
        {
            ["Input.Level"] = "Master",
            ["Input.Field"] = "Economics",
            ["Input.Institution"] = "Tashkent State University of Economics",
            ["Input.GraduationYear"] = "2018",
        });
        var page = await PortalClient.ParseAsync(response);

        page.SummaryErrors().ShouldContain(Fixture.Text("Rule.Profile.UnderReview"));
        var profile = await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync());
        profile.Educations.Count.ShouldBe(1);
        profile.Status.ShouldBe(ProfileStatus.Submitted);
    }

    [Fact]
    public async Task An_incomplete_profile_lists_what_is_missing_and_cannot_be_submitted()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var steps = new CitizenSteps(client, Fixture);
        await steps.PersonalAsync(Pinfl);
        await steps.PassportAsync();

        var page = await client.GetPageAsync("/Citizen/Profile");

        page.QuerySelectorAll("[data-testid=missing] li").Select(li => li.TextContent).ShouldBe(
        [
            Fixture.Text("ProfileRequirement.Education"), Fixture.Text("ProfileRequirement.Profession"), Fixture.Text("ProfileRequirement.Language"),
            Fixture.Text("ProfileRequirement.Countries"), Fixture.Text("ProfileRequirement.PassportScan"), Fixture.Text("ProfileRequirement.Photo"),
            Fixture.Text("ProfileRequirement.Consent"),
        ]);
        page.QuerySelector("form[action*=Submit]").ShouldBeNull();
        var version = await Fixture.WithDbAsync(db => db.WorkerProfiles.Select(p => p.Version).SingleAsync());
        var refused = await PostSubmitAsync(client, version);
        refused.SummaryErrors().ShouldContain(Fixture.Text("Rule.Profile.Incomplete"));
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync())).Status.ShouldBe(ProfileStatus.Draft);
    }

    [Fact]
    public async Task Withdrawing_consent_takes_a_submitted_profile_out_of_review_and_keeps_the_history()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        await new CitizenSteps(client, Fixture).CompleteAndSubmitAsync(Pinfl);

        using var response = await client.SubmitAsync("/Citizen/Consent", new Dictionary<string, string?>(), "form[action*=Withdraw]");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var profile = await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync());
        profile.Status.ShouldBe(ProfileStatus.Draft);
        profile.ConsentActive.ShouldBeFalse();
        var page = await client.GetPageAsync("/Citizen/Consent");
        page.QuerySelector("[data-testid=consent-history]")!.TextContent.ShouldContain(Fixture.Text("Consent.HistoryVersion", "2026-1"));
        page.QuerySelector("main form button")!.TextContent.ShouldBe(Fixture.Text("Consent.Agree"));
    }

    [Fact]
    public async Task Notices_are_listed_and_marked_read()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        await new CitizenSteps(client, Fixture).CompleteAndSubmitAsync(Pinfl);

        var list = await client.GetPageAsync("/Notifications");
        list.QuerySelector("[data-testid=notices]")!.TextContent.ShouldContain(Fixture.Text("Notice.ProfileSubmitted"));
        using var read = await client.SubmitAsync("/Notifications", new Dictionary<string, string?>());
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await client.GetPageAsync("/Citizen/Profile");
        after.QuerySelector("[data-testid=unread-count]").ShouldBeNull();
    }

    [Fact]
    public async Task Pages_with_personal_data_are_never_cached()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        await new CitizenSteps(client, Fixture).PersonalAsync(Pinfl);

        foreach (var url in new[] { "/Citizen/Profile", "/Citizen/Profile/Personal", "/Citizen/Consent" })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(url);
        }
    }

    private Task<AngleSharp.Html.Dom.IHtmlDocument> SubmitPersonalAsync(PortalClient client, string pinfl) =>
        client.SubmitAndReadAsync("/Citizen/Profile/Personal", new Dictionary<string, string?>
        {
            ["Input.LastName"] = "Karimov",
            ["Input.FirstName"] = "Jasur",
            ["Input.BirthDate"] = "1994-03-21",
            ["Input.Sex"] = "Male",
            ["Input.Pinfl"] = pinfl,
            ["Input.Phone"] = "+998901234567",
            ["Input.DistrictId"] = "1",
        });

    /// <summary>A signed-in citizen whose profile has its own PINFL (serial <paramref name="serial"/>), so the passport step opens.</summary>
    private async Task<PortalClient> ProberWithProfileAsync(TestUser prober, int serial)
    {
        var client = await Fixture.SignedInClientAsync(prober);
        await new CitizenSteps(client, Fixture).PersonalAsync(CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, serial));
        return client;
    }

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> SubmitPassportAsync(PortalClient client, string number) =>
        client.SubmitAndReadAsync("/Citizen/Profile/Passport", new Dictionary<string, string?>
        {
            ["Input.Number"] = number,
            ["Input.IssuedOn"] = DateTime.UtcNow.AddYears(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ExpiresOn"] = DateTime.UtcNow.AddYears(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostSubmitAsync(PortalClient client, uint version)
    {
        using var response = await client.PostAsync("/Citizen/Profile?handler=Submit", new Dictionary<string, string> { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return await PortalClient.ParseAsync(response);
    }
}
