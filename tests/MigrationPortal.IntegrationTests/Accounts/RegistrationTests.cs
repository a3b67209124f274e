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

    private static Dictionary<string, string?> SignIn(string login, string password) => new()
    {
        ["Input.Login"] = login,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Citizen_registers_and_is_signed_in_to_the_citizen_area()
    {
        var client = Fixture.CreateClient();

        using var response = await client.SubmitAsync("/Account/Register", Form());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        var home = await client.GetPageAsync("/Citizen");
        home.QuerySelector("[data-testid=user-name]")!.TextContent.ShouldBe("Aziz Normatov");
        var stored = await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "aziz@example.uz"));
        stored.Kind.ShouldBe(UserKind.Citizen);
        stored.PhoneNumber.ShouldBe("+998901234567");
    }

    [Fact]
    public async Task Citizen_can_register_with_a_phone_number_only_and_sign_in_with_it()
    {
        var client = Fixture.CreateClient();
        using var registered = await client.SubmitAsync("/Account/Register", Form(email: null, phone: "+998 (93) 555-12-34"));
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);

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
        using (await Fixture.CreateClient().SubmitAsync("/Account/Register", Form(email: "dilnoza@example.uz", phone: "+998937304567")))
        {
        }

        using var signedIn = await Fixture.CreateClient().SubmitAsync("/Account/Login", SignIn(written, "Samarqand2026"));

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Fact]
    public async Task The_email_still_signs_in_and_a_wrong_number_gets_the_usual_message()
    {
        using (await Fixture.CreateClient().SubmitAsync("/Account/Register", Form(email: "dilnoza@example.uz", phone: "+998937304567")))
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
        using (await Fixture.CreateClient().SubmitAsync("/Account/Register", Form()))
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
