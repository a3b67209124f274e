using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

public sealed class RegistrationTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static Dictionary<string, string?> Form(string? email = "aziz@example.uz", string? phone = "+998 90 123 45 67", string? password = "Samarqand2026", string? confirm = null) => new()
    {
        ["Input.FullName"] = "Aziz Normatov",
        ["Input.Email"] = email,
        ["Input.Phone"] = phone,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
    };

    /// <summary>Registers and enters the code the SMS brought, as a citizen does; the account is usable from then on.</summary>
    private async Task<HttpResponseMessage> RegisterAndConfirmAsync(PortalClient client, Dictionary<string, string?> form, string phone)
    {
        using (var registered = await client.SubmitAsync("/Account/Register", form))
        {
            registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            registered.Headers.Location!.OriginalString.ShouldBe("/Account/ConfirmPhone");
        }

        return await client.SubmitAsync("/Account/ConfirmPhone", new Dictionary<string, string?>
        {
            ["Input.Phone"] = phone,
            ["Input.Code"] = await Fixture.LatestCodeAsync(phone),
        });
    }

    private static Dictionary<string, string?> SignIn(string login, string password) => new()
    {
        ["Input.Login"] = login,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Citizen_registers_enters_the_code_sent_to_the_phone_and_is_signed_in_to_the_citizen_area()
    {
        var client = Fixture.CreateClient();

        using var response = await RegisterAndConfirmAsync(client, Form(), "+998901234567");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        var home = await client.GetPageAsync("/Citizen");
        home.QuerySelector("[data-testid=user-name]")!.TextContent.ShouldBe("Aziz Normatov");
        var stored = await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "aziz@example.uz"));
        stored.Kind.ShouldBe(UserKind.Citizen);
        stored.PhoneNumber.ShouldBe("+998901234567");
        stored.PhoneNumberConfirmed.ShouldBeTrue();
    }

    [Fact]
    public async Task An_account_with_an_email_only_is_signed_in_at_once_without_a_code()
    {
        var client = Fixture.CreateClient();

        using var response = await client.SubmitAsync("/Account/Register", Form(phone: null));

        response.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        (await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Until_the_code_is_entered_the_account_cannot_be_used_and_the_right_password_only_brings_a_code()
    {
        var client = Fixture.CreateClient();
        using (var registered = await client.SubmitAsync("/Account/Register", Form(email: null, phone: "+998 93 555 12 34")))
        {
            registered.Headers.Location!.OriginalString.ShouldBe("/Account/ConfirmPhone");
        }

        (await client.GetPageAsync("/Citizen", HttpStatusCode.Redirect)).ShouldNotBeNull();
        var first = await Fixture.LatestCodeAsync("+998935551234");

        var other = Fixture.CreateClient();
        using var signIn = await other.SubmitAsync("/Account/Login", SignIn("93 555 12 34", "Samarqand2026"));
        signIn.Headers.Location!.OriginalString.ShouldBe("/Account/ConfirmPhone");
        var confirmPage = await other.GetPageAsync("/Account/ConfirmPhone");
        ((AngleSharp.Html.Dom.IHtmlInputElement)confirmPage.QuerySelector("#Input_Phone")!).Value.ShouldBe("+998 93 555 12 34");
        (await Fixture.WithDbAsync(db => db.PhoneCodes.CountAsync())).ShouldBe(1, "a second code within the minute is not sent");

        using var confirmed = await other.SubmitAsync("/Account/ConfirmPhone", new Dictionary<string, string?> { ["Input.Phone"] = "+998935551234", ["Input.Code"] = first });
        confirmed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_tries_are_left_and_a_used_one_asks_for_a_new_code()
    {
        var client = Fixture.CreateClient();
        using (await client.SubmitAsync("/Account/Register", Form(email: null, phone: "+998935551234")))
        {
        }

        var code = await Fixture.LatestCodeAsync("+998935551234");
        var wrong = code == "000000" ? "111111" : "000000";
        var refused = await client.SubmitAndReadAsync("/Account/ConfirmPhone?culture=en", new Dictionary<string, string?> { ["Input.Phone"] = "+998935551234", ["Input.Code"] = wrong });

        refused.SummaryErrors().ShouldBe(["That code is not right. You have 4 more tries."]);
        (await Fixture.WithDbAsync(db => db.Users.SingleAsync())).PhoneNumberConfirmed.ShouldBeFalse();
        using (var confirmed = await client.SubmitAsync("/Account/ConfirmPhone", new Dictionary<string, string?> { ["Input.Phone"] = "+998935551234", ["Input.Code"] = code }))
        {
            confirmed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        }

        var reused = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ConfirmPhone?culture=en", new Dictionary<string, string?> { ["Input.Phone"] = "+998935551234", ["Input.Code"] = code });
        reused.SummaryErrors().ShouldHaveSingleItem().ShouldStartWith("This code no longer works");
    }

    [Fact]
    public async Task Asking_again_within_the_minute_sends_nothing_and_says_when_and_the_answer_is_the_same_for_a_number_nobody_registered()
    {
        var client = Fixture.CreateClient();
        using (await client.SubmitAsync("/Account/Register", Form(email: null, phone: "+998935551234")))
        {
        }

        var resent = await client.SubmitAndReadAsync("/Account/ConfirmPhone?handler=Resend&culture=en", new Dictionary<string, string?> { ["Input.Phone"] = "+998935551234" });
        var unknown = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ConfirmPhone?handler=Resend&culture=en", new Dictionary<string, string?> { ["Input.Phone"] = "+998901112233" });

        resent.QuerySelector("[data-testid=resent]")!.TextContent.ShouldStartWith("If this number is waiting to be confirmed");
        unknown.QuerySelector("[data-testid=resent]")!.TextContent.ShouldStartWith("If this number is waiting to be confirmed");
        (await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task A_number_nobody_confirmed_is_not_held_the_next_registration_takes_it_and_the_first_account_goes()
    {
        using (await Fixture.CreateClient().SubmitAsync("/Account/Register", Form(email: "squatter@example.uz", phone: "+998935551234")))
        {
        }

        using var owner = await RegisterAndConfirmAsync(Fixture.CreateClient(), Form(email: "owner@example.uz", phone: "+998935551234"), "+998935551234");

        owner.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        (await Fixture.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync())).ShouldBe(["owner@example.uz"]);
    }

    [Fact]
    public async Task Citizen_can_register_with_a_phone_number_only_and_sign_in_with_it()
    {
        using (var confirmed = await RegisterAndConfirmAsync(Fixture.CreateClient(), Form(email: null, phone: "+998 (93) 555-12-34"), "+998935551234"))
        {
            confirmed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        }

        var other = Fixture.CreateClient();
        using var signedIn = await other.SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Login"] = "+998935551234",
            ["Input.Password"] = "Samarqand2026",
        });

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Theory]
    [InlineData("93 730 45 67")]
    [InlineData("998937304567")]
    [InlineData("+998 93 730-45-67")]
    public async Task Signs_in_with_the_phone_number_as_people_write_it(string written)
    {
        using (await RegisterAndConfirmAsync(Fixture.CreateClient(), Form(email: "dilnoza@example.uz", phone: "+998937304567"), "+998937304567"))
        {
        }

        using var signedIn = await Fixture.CreateClient().SubmitAsync("/Account/Login", SignIn(written, "Samarqand2026"));

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Fact]
    public async Task The_email_still_signs_in_and_a_wrong_number_gets_the_usual_message()
    {
        using (await RegisterAndConfirmAsync(Fixture.CreateClient(), Form(email: "dilnoza@example.uz", phone: "+998937304567"), "+998937304567"))
        {
        }

        using var byEmail = await Fixture.CreateClient().SubmitAsync("/Account/Login", SignIn("dilnoza@example.uz", "Samarqand2026"));
        var wrongNumber = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Login?culture=en", SignIn("93 730 45 68", "Samarqand2026"));
        var wrongEmail = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Login?culture=en", SignIn("nobody@example.uz", "Samarqand2026"));

        byEmail.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        byEmail.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        wrongNumber.SummaryErrors().ShouldBe(["The email, phone number or password is incorrect."]);
        wrongNumber.SummaryErrors().ShouldBe(wrongEmail.SummaryErrors());
    }

    [Theory]
    [InlineData("not-an-email", "+998 90 123 45 67", "Samarqand2026", "Input.Email")]
    [InlineData("aziz@example.uz", "+7 999 123 45 67", "Samarqand2026", "Input.Phone")]
    [InlineData("aziz@example.uz", "+998 90 123", "Samarqand2026", "Input.Phone")]
    [InlineData("aziz@example.uz", "+998 90 123 45 67", "short1", "Input.Password")]
    [InlineData("aziz@example.uz", "+998 90 123 45 67", "onlyletterslong", "Input.Password")]
    [InlineData(null, null, "Samarqand2026", "Input.Email")]
    public async Task Bad_registration_input_gets_a_message_by_the_field_and_stores_nothing(string? email, string? phone, string password, string field)
    {
        var page = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Register?culture=en", Form(email, phone, password));

        page.FieldErrors(field).ShouldNotBeEmpty();
        page.FieldErrors(field)[0].ShouldNotStartWith("Validation.");
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Registration_message_comes_in_the_chosen_language()
    {
        var client = Fixture.CreateClient();
        await client.GetPageAsync("/?culture=ru");

        var page = await client.SubmitAndReadAsync("/Account/Register", Form(phone: "12345"));

        page.FieldErrors("Input.Phone")[0].ShouldContain("+998");
        page.DocumentElement.GetAttribute("lang").ShouldBe("ru");
        page.FieldErrors("Input.Phone")[0].Any(c => c is >= 'А' and <= 'я').ShouldBeTrue("the message should be in Russian");
    }

    [Fact]
    public async Task Mismatched_password_confirmation_is_refused()
    {
        var page = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Register", Form(confirm: "Different2026"));

        page.FieldErrors("Input.ConfirmPassword").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_or_phone_is_refused()
    {
        using (await RegisterAndConfirmAsync(Fixture.CreateClient(), Form(), "+998901234567"))
        {
        }

        var sameEmail = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Register", Form(phone: "+998 91 000 00 01"));
        var samePhone = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Register", Form(email: "other@example.uz"));

        sameEmail.FieldErrors("Input.Email").ShouldNotBeEmpty();
        samePhone.FieldErrors("Input.Phone").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Registration_without_the_antiforgery_token_is_rejected()
    {
        using var content = new FormUrlEncodedContent(Form().Select(f => new KeyValuePair<string, string>(f.Key, f.Value ?? "")));

        using var response = await Fixture.CreateClient().Http.PostAsync(new Uri("/Account/Register", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }
}
