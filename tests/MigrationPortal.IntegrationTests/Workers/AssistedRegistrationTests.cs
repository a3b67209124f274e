using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>
/// A branch officer registers a citizen who came in, with the code the citizen reads out, fills the profile with them,
/// and loses the account to the citizen at their first sign-in (issue 12, Registration assisted at a branch).
/// </summary>
public sealed class AssistedRegistrationTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string NewPage = "/Agency/Assisted/New?culture=en";
    private const string Phone = "+998907654321";

    private Task<TestUser> OfficerAsync(Guid? unit = null) =>
        Fixture.CreateUserAsync(UserKind.Officer, unitId: unit ?? ProfileArrangement.SamarkandUnit);

    private static Dictionary<string, string?> Who(string phone = "+998 90 765 43 21", string? email = null) => new()
    {
        ["Input.FullName"] = "Bahodir Qodirov",
        ["Input.Phone"] = phone,
        ["Input.Email"] = email,
    };

    /// <summary>The first step as the officer sends it; the answer is the page with the code step.</summary>
    private static Task<IHtmlDocument> SendCodeAsync(PortalClient client, Dictionary<string, string?> who) =>
        client.SubmitAndReadAsync(NewPage, who);

    /// <summary>The code step's form as the page rendered it, with the fields typed and, if given, the scan attached.</summary>
    private static async Task<HttpResponseMessage> RegisterAsync(PortalClient client, IHtmlDocument codeStep, string code, AssistedConsentKind kind, (string Name, byte[] Bytes, string Type)? scan = null)
    {
        var form = codeStep.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Single(f => f.Enctype == "multipart/form-data");
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        body.Add(new StringContent(code), "Input.Code");
        body.Add(new StringContent(kind.ToString()), "Input.ConsentKind");
        if (scan is { } file)
        {
            var content = new ByteArrayContent(file.Bytes);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.Type);
            body.Add(content, "Scan", file.Name);
        }

        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
    }

    /// <summary>A registration made through the use cases, as the pages make it (the pages' own path is tested above).</summary>
    private async Task<(Guid Registration, Guid Citizen)> RegisteredAsync(TestUser officer, string phone = Phone, byte[]? signedFormScan = null)
    {
        await Fixture.SendAsync(officer, new SendAssistedRegistrationCodeCommand { FullName = "Bahodir Qodirov", Phone = phone });
        var registration = await Fixture.SendAsync(officer, new RegisterAssistedCitizenCommand
        {
            FullName = "Bahodir Qodirov",
            Phone = phone,
            Code = await Fixture.LatestCodeAsync(phone),
            ConsentKind = signedFormScan is null ? AssistedConsentKind.Code : AssistedConsentKind.SignedForm,
            FileName = signedFormScan is null ? null : "consent.pdf",
            Content = signedFormScan ?? [],
        });
        var citizen = await Fixture.WithDbAsync(db => db.AssistedRegistrations.Where(r => r.Id == registration).Select(r => r.CitizenId).SingleAsync());
        return (registration, citizen);
    }

    /// <summary>The citizen sets a password (as "forgot password" by SMS lets them) and signs in with the phone.</summary>
    private async Task<PortalClient> CitizenSignsInAsync(Guid citizenId, string phone = Phone)
    {
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByIdAsync(citizenId.ToString());
            var added = await users.AddPasswordAsync(user!, PortalFixture.Password);
            added.Succeeded.ShouldBeTrue(string.Join(", ", added.Errors.Select(e => e.Code)));
        }

        return await Fixture.SignedInClientAsync(new TestUser(citizenId, phone, PortalFixture.Password, UserKind.Citizen, null, null));
    }

    private static Dictionary<string, string?> Personal(string lastName = "Qodirov") => new()
    {
        ["Input.LastName"] = lastName,
        ["Input.FirstName"] = "Bahodir",
        ["Input.Patronymic"] = "Anvarovich",
        ["Input.BirthDate"] = "1994-03-12",
        ["Input.Sex"] = nameof(Sex.Male),
        ["Input.Pinfl"] = ProfileArrangement.PinflFor(new DateOnly(1994, 3, 12), Sex.Male, 77),
        ["Input.Phone"] = Phone,
    };

    private async Task<Dictionary<string, string?>> PersonalInSamarkandAsync(string lastName = "Qodirov")
    {
        var fields = Personal(lastName);
        fields["Input.DistrictId"] = (await new ProfileArrangement(Fixture).DistrictsOfAsync(ProfileArrangement.SamarkandRegion))[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    [Fact]
    public async Task Officer_registers_a_citizen_with_the_code_read_out_and_the_account_opens_with_the_phone_confirmed_and_no_password()
    {
        var officer = await OfficerAsync();
        var client = await Fixture.SignedInClientAsync(officer);

        var codeStep = await SendCodeAsync(client, Who(email: "bahodir@example.uz"));
        codeStep.QuerySelector("[data-testid=code-sent]")!.TextContent.ShouldContain("The code was sent to the citizen’s phone");
        using var registered = await RegisterAsync(client, codeStep, await Fixture.LatestCodeAsync(Phone), AssistedConsentKind.Code);

        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await Fixture.WithDbAsync(db => db.AssistedRegistrations.AsNoTracking().SingleAsync());
        registered.Headers.Location!.OriginalString.ShouldBe($"/Agency/Assisted/View/{record.Id}?registered=True");
        var account = await Fixture.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == record.CitizenId));
        account.Kind.ShouldBe(UserKind.Citizen);
        account.PhoneNumber.ShouldBe(Phone);
        account.PhoneNumberConfirmed.ShouldBeTrue();
        account.Email.ShouldBe("bahodir@example.uz");
        account.PasswordHash.ShouldBeNull("nobody but the citizen ever sets the password");
        record.OfficerId.ShouldBe(officer.Id);
        record.UnitId.ShouldBe(ProfileArrangement.SamarkandUnit);
        record.ConsentKind.ShouldBe(AssistedConsentKind.Code);
        record.TakenOverAt.ShouldBeNull();
        (await Fixture.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.CitizenId == account.Id && c.WithdrawnAt == null))).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.Where(p => p.Id == account.Id).Select(p => p.ConsentActive).SingleAsync())).ShouldBeTrue();
        (await Fixture.WithDbAsync(db => db.Notifications.Where(n => n.UserId == account.Id).Select(n => n.MessageKey).ToListAsync())).ShouldBe(["Notice.AssistedRegistration"]);

        var view = await client.GetPageAsync(registered.Headers.Location.OriginalString + "&culture=en");
        view.QuerySelector("[data-testid=registered]").ShouldNotBeNull();
        view.QuerySelector("[data-testid=consent-kind]")!.TextContent.ShouldStartWith("Code");
        view.QuerySelector("[data-testid=assisted-marks]")!.TextContent.ShouldContain($"Assisted by {officer.AccountKind} ");
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_tries_are_left_and_stores_no_account()
    {
        var client = await Fixture.SignedInClientAsync(await OfficerAsync());
        var codeStep = await SendCodeAsync(client, Who());
        var code = await Fixture.LatestCodeAsync(Phone);

        using var refused = await RegisterAsync(client, codeStep, code == "000000" ? "111111" : "000000", AssistedConsentKind.Code);
        var page = await PortalClient.ParseAsync(refused);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.SummaryErrors().ShouldBe(["That code is not right. You have 4 more tries."]);
        page.QuerySelector("[data-testid=who]")!.TextContent.ShouldContain("Bahodir Qodirov", customMessage: "the code step is shown again");
        (await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.PhoneNumber == Phone))).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.AssistedRegistrations.CountAsync())).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.PhoneCodes.Select(c => c.FailedTries).SingleAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Consent_by_the_signed_form_keeps_the_scan_and_a_scan_that_is_not_pdf_or_an_image_is_refused_storing_nothing()
    {
        var client = await Fixture.SignedInClientAsync(await OfficerAsync());
        var codeStep = await SendCodeAsync(client, Who());
        var code = await Fixture.LatestCodeAsync(Phone);

        using var refused = await RegisterAsync(client, codeStep, code, AssistedConsentKind.SignedForm, ("consent.txt", "signed"u8.ToArray(), "text/plain"));
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector("#Scan-error")!.TextContent.ShouldContain("PDF");
        (await Fixture.WithDbAsync(db => db.AssistedRegistrations.CountAsync())).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.PhoneCodes.Select(c => c.UsedAt).SingleAsync())).ShouldBeNull("a refused form does not spend the code");

        using var registered = await RegisterAsync(client, codeStep, code, AssistedConsentKind.SignedForm, ("consent.pdf", ProfileArrangement.PdfBytes, "application/pdf"));

        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await Fixture.WithDbAsync(db => db.AssistedRegistrations.AsNoTracking().SingleAsync());
        record.ConsentKind.ShouldBe(AssistedConsentKind.SignedForm);
        var stored = await Fixture.WithDbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == record.ConsentFileId));
        stored.Content.ShouldBe(ProfileArrangement.PdfBytes);
    }

    [Fact]
    public async Task The_record_s_officer_and_a_supervisor_open_the_signed_form_s_scan_from_the_record_and_each_download_is_audited()
    {
        var officer = await OfficerAsync();
        var (registration, citizen) = await RegisteredAsync(officer, signedFormScan: ProfileArrangement.PdfBytes);
        var client = await Fixture.SignedInClientAsync(officer);
        var view = await client.GetPageAsync($"/Agency/Assisted/View/{registration}?culture=en");
        var link = view.QuerySelector("a[data-testid=consent-scan]")!;
        link.TextContent.ShouldBe("Open the scan of the signed form");

        using var response = await client.Http.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(ProfileArrangement.PdfBytes);
        var downloads = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.Where(a => a.Action == "DownloadAssistedConsent").Select(a => new { a.ViewerId, a.CitizenId }).ToListAsync());
        downloads.ShouldHaveSingleItem().ShouldBe(new { ViewerId = officer.Id, CitizenId = citizen });

        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        using var supervisors = await (await Fixture.SignedInClientAsync(supervisor)).Http.GetAsync(new Uri($"/Agency/Assisted/Consent/{registration}", UriKind.Relative));
        supervisors.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisors.Content.ReadAsByteArrayAsync()).ShouldBe(ProfileArrangement.PdfBytes);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync(a => a.Action == "DownloadAssistedConsent" && a.ViewerId == supervisor.Id && a.CitizenId == citizen))).ShouldBe(1);
    }

    [Fact]
    public async Task An_officer_of_another_branch_gets_not_found_for_the_scan_and_a_consent_by_code_has_no_scan_to_open()
    {
        var (registration, _) = await RegisteredAsync(await OfficerAsync(), signedFormScan: ProfileArrangement.PdfBytes);
        var officer = await OfficerAsync();
        var (byCode, _) = await RegisteredAsync(officer, "+998931112233");
        var stranger = await Fixture.SignedInClientAsync(await OfficerAsync(ProfileArrangement.TashkentCityUnit));

        await stranger.GetPageAsync($"/Agency/Assisted/Consent/{registration}", HttpStatusCode.NotFound);

        var own = await Fixture.SignedInClientAsync(officer);
        (await own.GetPageAsync($"/Agency/Assisted/View/{byCode}")).QuerySelector("[data-testid=consent-scan]").ShouldBeNull();
        await own.GetPageAsync($"/Agency/Assisted/Consent/{byCode}", HttpStatusCode.NotFound);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync(a => a.Action == "DownloadAssistedConsent"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_number_a_confirmed_account_holds_is_refused_with_a_clear_message_before_any_code_is_sent()
    {
        var officer = await OfficerAsync();
        await RegisteredAsync(officer);
        var smsBefore = await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync());
        var client = await Fixture.SignedInClientAsync(officer);

        var refused = await SendCodeAsync(client, Who());

        refused.FieldErrors("Input.Phone").ShouldBe(["Phone number: this number already belongs to a confirmed account. The citizen can sign in with it or recover the password by SMS."]);
        (await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync())).ShouldBe(smsBefore);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.PhoneNumber == Phone))).ShouldBe(1);
    }

    [Fact]
    public async Task Officer_fills_personal_details_and_a_profession_and_the_citizen_sees_each_entry_marked_with_the_officer_and_branch()
    {
        var officer = await OfficerAsync();
        var (registration, citizen) = await RegisteredAsync(officer);
        var client = await Fixture.SignedInClientAsync(officer);

        using (var saved = await client.SubmitAsync($"/Agency/Assisted/Personal/{registration}", await PersonalInSamarkandAsync()))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var added = await client.SubmitAsync($"/Agency/Assisted/Professions/{registration}", new Dictionary<string, string?> { ["Input.OccupationCode"] = "7115", ["Input.YearsOfExperience"] = "6" }))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var profile = await Fixture.WithDbAsync(db => db.WorkerProfiles.AsNoTracking().SingleAsync(p => p.Id == citizen));
        profile.LastName.ShouldBe("Qodirov");
        profile.UnitId.ShouldBe(ProfileArrangement.SamarkandUnit);
        profile.Professions.ShouldHaveSingleItem().OccupationCode.ShouldBe("7115");
        var marks = await Fixture.WithDbAsync(db => db.AssistedRegistrations.Where(r => r.Id == registration).Select(r => r.Entries).SingleAsync());
        marks.Select(m => m.Section).ShouldBe([AssistedSection.Registration, AssistedSection.Personal, AssistedSection.Profession]);
        marks.ShouldAllBe(m => m.OfficerId == officer.Id && m.UnitId == ProfileArrangement.SamarkandUnit);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync(a => a.CitizenId == citizen && a.ViewerId == officer.Id && a.Action == "AssistProfile"))).ShouldBe(2);

        var citizenClient = await CitizenSignsInAsync(citizen);
        var home = await citizenClient.GetPageAsync("/Citizen?culture=en");
        var shown = home.QuerySelectorAll("[data-testid=assisted-marks] li").Select(li => li.TextContent.Trim()).ToList();
        shown.Count.ShouldBe(3);
        shown[1].ShouldStartWith("Personal details");
        shown.ShouldAllBe(text => text.Contains($"Assisted by {officer.AccountKind} ") && text.Contains("Samarkand"));
    }

    private static Dictionary<string, string?> Education() => new()
    {
        ["Input.Level"] = "Bachelor",
        ["Input.Field"] = "Nursing",
        ["Input.Institution"] = "Samarkand State Medical University",
        ["Input.GraduationYear"] = "2016",
    };

    private static Dictionary<string, string?> Work() => new()
    {
        ["Input.Employer"] = "Moscow City Hospital No. 5",
        ["Input.Position"] = "Hamshira",
        ["Input.CountryCode"] = "RU",
        ["Input.StartYear"] = "2017",
    };

    [Fact]
    public async Task Officer_adds_education_and_a_job_under_the_citizens_rules_and_the_citizen_sees_them_marked_with_the_officer()
    {
        var officer = await OfficerAsync();
        var (registration, citizen) = await RegisteredAsync(officer);
        var client = await Fixture.SignedInClientAsync(officer);
        var wrongYear = Education();
        wrongYear["Input.GraduationYear"] = "1812";

        var refused = await client.SubmitAndReadAsync($"/Agency/Assisted/Education/{registration}?culture=en", wrongYear);

        refused.FieldErrors("Input.GraduationYear").ShouldHaveSingleItem().ShouldEndWith("the year is not valid.");
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.Where(p => p.Id == citizen).Select(p => p.Educations.Count).SingleAsync())).ShouldBe(0);

        using (var added = await client.SubmitAsync($"/Agency/Assisted/Education/{registration}", Education()))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var added = await client.SubmitAsync($"/Agency/Assisted/Work/{registration}", Work()))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var listed = await client.GetPageAsync($"/Agency/Assisted/Work/{registration}");
        listed.QuerySelector("[data-testid=entries]")!.TextContent.ShouldContain("Hamshira — Moscow City Hospital No. 5");
        var marks = await Fixture.WithDbAsync(db => db.AssistedRegistrations.Where(r => r.Id == registration).Select(r => r.Entries).SingleAsync());
        marks.Select(m => m.Section).ShouldBe([AssistedSection.Registration, AssistedSection.Education, AssistedSection.Work]);
        marks.ShouldAllBe(m => m.OfficerId == officer.Id && m.UnitId == ProfileArrangement.SamarkandUnit);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.Where(a => a.CitizenId == citizen && a.ViewerId == officer.Id && a.Action == "AssistProfile").Select(a => a.Subject).ToListAsync()))
            .ShouldBe(["Education", "Work"], ignoreOrder: true);

        var citizenClient = await CitizenSignsInAsync(citizen);
        var home = await citizenClient.GetPageAsync("/Citizen?culture=en");
        var shown = home.QuerySelectorAll("[data-testid=assisted-marks] li").Select(li => li.TextContent.Trim()).ToList();
        shown.Count.ShouldBe(3);
        shown[1].ShouldStartWith("Education added");
        shown[2].ShouldStartWith("Job added");
        shown.ShouldAllBe(text => text.Contains($"Assisted by {officer.AccountKind} ") && text.Contains("Samarkand"));
        var education = await citizenClient.GetPageAsync("/Citizen/Profile/Education?culture=en");
        education.QuerySelector("[data-testid=entries]")!.TextContent.ShouldContain("Samarkand State Medical University (2016)");
    }

    [Fact]
    public async Task Education_and_jobs_are_refused_after_the_take_over_and_to_an_officer_of_another_branch()
    {
        var officer = await OfficerAsync();
        var (registration, citizen) = await RegisteredAsync(officer);
        var stranger = await Fixture.SignedInClientAsync(await OfficerAsync(ProfileArrangement.TashkentCityUnit));

        using (var posted = await stranger.PostAsync($"/Agency/Assisted/Education/{registration}", Education().ToDictionary(f => f.Key, f => f.Value!), "/Agency/Assisted"))
        {
            posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await stranger.GetPageAsync($"/Agency/Assisted/Work/{registration}", HttpStatusCode.NotFound);
        var client = await Fixture.SignedInClientAsync(officer);
        (await client.GetPageAsync($"/Agency/Assisted/Work/{registration}")).QuerySelector("main form").ShouldNotBeNull("before the take-over the officer may add a job");
        await CitizenSignsInAsync(citizen);

        using var work = await client.PostAsync($"/Agency/Assisted/Work/{registration}?culture=en", Work().ToDictionary(f => f.Key, f => f.Value!), "/Agency/Assisted");
        var refused = await PortalClient.ParseAsync(work);
        refused.SummaryErrors().ShouldBe(["The citizen has taken the account over: from now on only they fill in and change it."]);
        (await client.GetPageAsync($"/Agency/Assisted/Education/{registration}")).QuerySelector("main form").ShouldBeNull();
        var profile = await Fixture.WithDbAsync(db => db.WorkerProfiles.AsNoTracking().SingleAsync(p => p.Id == citizen));
        profile.Educations.ShouldBeEmpty();
        profile.WorkHistory.ShouldBeEmpty();
        (await Fixture.WithDbAsync(db => db.AssistedRegistrations.Where(r => r.Id == registration).Select(r => r.Entries).SingleAsync())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_citizens_first_own_sign_in_takes_the_account_over_and_the_officer_is_refused_from_then_on()
    {
        var officer = await OfficerAsync();
        var (registration, citizen) = await RegisteredAsync(officer);
        var client = await Fixture.SignedInClientAsync(officer);
        var form = await client.GetPageAsync($"/Agency/Assisted/Personal/{registration}");
        form.QuerySelector("main form").ShouldNotBeNull("before the take-over the officer may fill the profile");

        await CitizenSignsInAsync(citizen);

        (await Fixture.WithDbAsync(db => db.AssistedRegistrations.Where(r => r.Id == registration).Select(r => r.TakenOverAt).SingleAsync())).ShouldNotBeNull();
        var fields = (await PersonalInSamarkandAsync()).ToDictionary(f => f.Key, f => f.Value!);
        using var posted = await client.PostAsync($"/Agency/Assisted/Personal/{registration}?culture=en", fields, "/Agency/Assisted");
        var refused = await PortalClient.ParseAsync(posted);
        refused.SummaryErrors().ShouldBe(["The citizen has taken the account over: from now on only they fill in and change it."]);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.Where(p => p.Id == citizen).Select(p => p.LastName).SingleAsync())).ShouldBeNull();
        var view = await client.GetPageAsync($"/Agency/Assisted/View/{registration}?culture=en");
        view.QuerySelector("[data-testid=taken-over]")!.TextContent.ShouldStartWith("The citizen took the account over");
        view.QuerySelector("[data-testid=fill-personal]").ShouldBeNull();
        var page = await client.GetPageAsync($"/Agency/Assisted/Personal/{registration}");
        page.QuerySelector("main form").ShouldBeNull();
    }

    [Fact]
    public async Task An_officer_of_another_branch_cannot_list_open_or_post_to_a_registration_and_nothing_is_stored()
    {
        var (registration, citizen) = await RegisteredAsync(await OfficerAsync());
        var stranger = await Fixture.SignedInClientAsync(await OfficerAsync(ProfileArrangement.TashkentCityUnit));

        var list = await stranger.GetPageAsync("/Agency/Assisted");
        list.QuerySelector("[data-testid=assisted-list]").ShouldBeNull();
        list.QuerySelector("[data-testid=empty]").ShouldNotBeNull();
        await stranger.GetPageAsync($"/Agency/Assisted/View/{registration}", HttpStatusCode.NotFound);
        await stranger.GetPageAsync($"/Agency/Assisted/Personal/{registration}", HttpStatusCode.NotFound);
        var fields = (await PersonalInSamarkandAsync()).ToDictionary(f => f.Key, f => f.Value!);
        using var posted = await stranger.PostAsync($"/Agency/Assisted/Personal/{registration}", fields, "/Agency/Assisted");
        using var profession = await stranger.PostAsync($"/Agency/Assisted/Professions/{registration}", new Dictionary<string, string> { ["Input.OccupationCode"] = "7115", ["Input.YearsOfExperience"] = "6" }, "/Agency/Assisted");

        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        profession.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var profile = await Fixture.WithDbAsync(db => db.WorkerProfiles.AsNoTracking().SingleAsync(p => p.Id == citizen));
        profile.LastName.ShouldBeNull();
        profile.Professions.ShouldBeEmpty();
        (await Fixture.WithDbAsync(db => db.AssistedRegistrations.Where(r => r.Id == registration).Select(r => r.Entries).SingleAsync())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_supervisor_lists_every_branchs_registrations_and_changes_none()
    {
        var (samarkand, citizen) = await RegisteredAsync(await OfficerAsync());
        await RegisteredAsync(await OfficerAsync(ProfileArrangement.TashkentCityUnit), "+998931112233");
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        var list = await supervisor.GetPageAsync("/Agency/Assisted");
        list.QuerySelectorAll("[data-testid=assisted-list] li").Length.ShouldBe(2);
        list.QuerySelector("[data-testid=new-assisted]").ShouldBeNull();
        var view = await supervisor.GetPageAsync($"/Agency/Assisted/View/{samarkand}");
        view.QuerySelector("[data-testid=fill-personal]").ShouldBeNull();
        var fields = (await PersonalInSamarkandAsync()).ToDictionary(f => f.Key, f => f.Value!);
        using var posted = await supervisor.PostAsync($"/Agency/Assisted/Personal/{samarkand}", fields, "/Agency/Assisted");

        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.Where(p => p.Id == citizen).Select(p => p.LastName).SingleAsync())).ShouldBeNull();
        await supervisor.GetPageAsync("/Agency/Assisted/New", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_officer_of_a_representative_office_abroad_cannot_register_citizens()
    {
        var unit = await Fixture.WithDbAsync(db => db.AgencyUnits.Where(u => u.Kind == Domain.Organizations.AgencyUnitKind.RepresentativeOffice).Select(u => u.Id).FirstAsync());
        var client = await Fixture.SignedInClientAsync(await OfficerAsync(unit));

        var refused = await client.SubmitAndReadAsync(NewPage, Who());

        refused.SummaryErrors().ShouldBe(["Only officers of territorial branches register citizens."]);
        (await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_home_page_says_the_portal_is_free_and_any_branch_registers_the_citizen_and_fills_the_profile_with_them()
    {
        var home = await Fixture.CreateClient().GetPageAsync("/?culture=en");

        var section = home.QuerySelector("[data-testid=home-free-help]")!;
        section.TextContent.ShouldContain("Any of our territorial branches will register you and fill in the profile with you free of charge — no agent or internet café needed.");
        section.QuerySelector("a[data-testid=home-branches]")!.GetAttribute("href").ShouldBe("/Contact");
    }
}
