using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>"Forgot password" for a citizen who has only a phone (issue 12): a code by SMS, then the new password.</summary>
public sealed class PasswordRecoveryBySmsTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Phone = "+998935551234";

    private async Task<TestUser> PhoneOnlyCitizenAsync(string phone = Phone)
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        await Fixture.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.Email = null;
            stored.NormalizedEmail = null;
            stored.UserName = phone;
            stored.NormalizedUserName = phone;
            stored.PhoneNumber = phone;
            stored.PhoneNumberConfirmed = true;
            await db.SaveChangesAsync();
        });
        return user;
    }

    private static Dictionary<string, string?> Forgot(string login) => new() { ["Input.Login"] = login };

    private static Dictionary<string, string?> NewPassword(string phone, string? code, string password = "Brand-new-pass-7") => new()
    {
        ["Input.Phone"] = phone,
        ["Input.Code"] = code,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private static Dictionary<string, string?> SignIn(string login, string password) => new()
    {
        ["Input.Login"] = login,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task A_phone_only_citizen_gets_a_code_sets_a_new_password_with_it_and_signs_in_with_the_new_one_only()
    {
        var citizen = await PhoneOnlyCitizenAsync();
        var client = Fixture.CreateClient();

        using (var asked = await client.SubmitAsync("/Account/ForgotPassword", Forgot("93 555 12 34")))
        {
            asked.Headers.Location!.OriginalString.ShouldBe("/Account/ResetPasswordByCode");
        }

        var codePage = await client.GetPageAsync("/Account/ResetPasswordByCode");
        ((AngleSharp.Html.Dom.IHtmlInputElement)codePage.QuerySelector("#Input_Phone")!).Value.ShouldBe("+998 93 555 12 34");
        var code = await Fixture.LatestCodeAsync(Phone);
        using (var reset = await client.SubmitAsync("/Account/ResetPasswordByCode", NewPassword("+998 93 555 12 34", code)))
        {
            reset.Headers.Location!.OriginalString.ShouldBe("/Account/Login?reset=True");
        }

        using (var withOld = await Fixture.CreateClient().SubmitAsync("/Account/Login", SignIn(Phone, citizen.Password)))
        {
            withOld.StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer signs in");
        }

        using var withNew = await Fixture.CreateClient().SubmitAsync("/Account/Login", SignIn("93 555 12 34", "Brand-new-pass-7"));
        withNew.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Fact]
    public async Task A_used_code_does_not_work_twice_and_a_wrong_one_says_how_many_tries_are_left()
    {
        await PhoneOnlyCitizenAsync();
        using (await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", Forgot(Phone)))
        {
        }

        var code = await Fixture.LatestCodeAsync(Phone);
        var wrong = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ResetPasswordByCode?culture=en", NewPassword(Phone, code == "000000" ? "111111" : "000000"));
        wrong.SummaryErrors().ShouldBe(["That code is not right. You have 4 more tries."]);
        using (var reset = await Fixture.CreateClient().SubmitAsync("/Account/ResetPasswordByCode", NewPassword(Phone, code)))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var again = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ResetPasswordByCode?culture=en", NewPassword(Phone, code, "Another-pass-8"));

        again.SummaryErrors().ShouldHaveSingleItem().ShouldStartWith("This code no longer works");
        using var signIn = await Fixture.CreateClient().SubmitAsync("/Account/Login", SignIn(Phone, "Brand-new-pass-7"));
        signIn.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Fact]
    public async Task A_number_without_an_account_answers_exactly_as_one_with_an_account_and_no_text_is_sent()
    {
        await PhoneOnlyCitizenAsync();
        using var known = await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", Forgot(Phone));
        using var unknown = await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", Forgot("+998901112233"));

        unknown.Headers.Location.ShouldBe(known.Headers.Location);
        var knownCode = await Fixture.LatestCodeAsync(Phone);
        var knownWrong = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ResetPasswordByCode?culture=en", NewPassword(Phone, knownCode == "000000" ? "111111" : "000000"));
        var unknownWrong = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ResetPasswordByCode?culture=en", NewPassword("+998901112233", "000000"));
        unknownWrong.SummaryErrors().ShouldBe(knownWrong.SummaryErrors());
        var resent = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ResetPasswordByCode?handler=Resend&culture=en", NewPassword("+998901112233", null));
        resent.QuerySelector("[data-testid=resent]")!.TextContent.ShouldStartWith("If this number belongs to an account");
        (await Fixture.WithDbAsync(db => db.OutboxSms.Select(s => s.To).ToListAsync())).ShouldBe([Phone]);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_without_spending_the_code()
    {
        await PhoneOnlyCitizenAsync();
        using (await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", Forgot(Phone)))
        {
        }

        var code = await Fixture.LatestCodeAsync(Phone);
        var weak = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ResetPasswordByCode?culture=en", NewPassword(Phone, code, "short"));

        weak.FieldErrors("Input.Password").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.PhoneCodes.SingleAsync())).FailedTries.ShouldBe(0);
        using var reset = await Fixture.CreateClient().SubmitAsync("/Account/ResetPasswordByCode", NewPassword(Phone, code));
        reset.Headers.Location!.OriginalString.ShouldBe("/Account/Login?reset=True");
    }

    [Fact]
    public async Task Something_that_is_neither_an_email_nor_a_phone_number_gets_a_message_and_nothing_is_sent()
    {
        var page = await Fixture.CreateClient().SubmitAndReadAsync("/Account/ForgotPassword?culture=en", Forgot("aziz-normatov"));

        page.FieldErrors("Input.Login").ShouldBe(["Email or phone: enter an email address (such as name@mail.uz) or a number as +998 XX XXX XX XX."]);
        (await Fixture.WithDbAsync(db => db.PhoneCodes.CountAsync())).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task One_client_address_gets_only_so_many_codes_an_hour_whatever_numbers_it_asks_for()
    {
        var client = Fixture.CreateClient().FromSocket("198.51.100.23");
        for (var i = 0; i < 20; i++)
        {
            using (await client.SubmitAsync("/Account/ForgotPassword", Forgot($"+99890111{i:D4}")))
            {
            }
        }

        using (await client.SubmitAsync("/Account/ForgotPassword", Forgot("+998935551299")))
        {
        }

        using (await Fixture.CreateClient().FromSocket("198.51.100.24").SubmitAsync("/Account/ForgotPassword", Forgot("+998935551298")))
        {
        }

        var numbers = await Fixture.WithDbAsync(db => db.PhoneCodes.Select(c => c.Phone).ToListAsync());
        numbers.Count.ShouldBe(21);
        numbers.ShouldNotContain("+998935551299", "the 21st code from one address within the hour is not issued");
        numbers.ShouldContain("+998935551298", "another address still gets its code");
    }
}
