using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>A citizen moves the account to a new number, proven by a code sent to it first (issue 12).</summary>
public sealed class PhoneChangeTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string OldPhone = "+998935551234";
    private const string NewPhone = "+998907778899";

    private async Task<(TestUser User, PortalClient Client)> CitizenWithPhoneAsync()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        await Fixture.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.PhoneNumber = OldPhone;
            stored.PhoneNumberConfirmed = true;
            await db.SaveChangesAsync();
        });
        return (user, await Fixture.SignedInClientAsync(user));
    }

    private static Dictionary<string, string?> Request(string phone, string? password) => new() { ["Input.NewPhone"] = phone, ["Input.Password"] = password };

    [Fact]
    public async Task The_new_number_gets_a_code_and_once_it_is_entered_the_account_signs_in_with_it_and_the_old_number_is_told()
    {
        var (user, client) = await CitizenWithPhoneAsync();

        using (var asked = await client.SubmitAsync("/Account/Phone", Request("90 777 88 99", user.Password)))
        {
            asked.Headers.Location!.OriginalString.ShouldBe("/Account/ConfirmPhoneChange");
        }

        (await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id))).PhoneNumber.ShouldBe(OldPhone, "nothing changes before the code");
        var confirmPage = await client.GetPageAsync("/Account/ConfirmPhoneChange?culture=en");
        confirmPage.QuerySelector("main p")!.TextContent.ShouldContain("+998 90 777 88 99");
        using (var confirmed = await client.SubmitAsync("/Account/ConfirmPhoneChange", new Dictionary<string, string?> { ["Input.Code"] = await Fixture.LatestCodeAsync(NewPhone) }))
        {
            confirmed.Headers.Location!.OriginalString.ShouldBe("/Account/Phone?changed=True");
        }

        var phonePage = await client.GetPageAsync("/Account/Phone?changed=true&culture=en");
        phonePage.QuerySelector("[data-testid=current-phone]")!.TextContent.ShouldContain("+998 90 777 88 99");
        var oldText = (await Fixture.TextsToAsync(OldPhone)).ShouldHaveSingleItem();
        oldText.ShouldContain("MigrationPortal");
        oldText.ShouldNotContain("777", customMessage: "the old number is not told the new one");
        using var withNew = await Fixture.CreateClient().SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Login"] = NewPhone, ["Input.Password"] = user.Password });
        withNew.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        using var withOld = await Fixture.CreateClient().SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Login"] = OldPhone, ["Input.Password"] = user.Password });
        withOld.StatusCode.ShouldBe(HttpStatusCode.OK, "the old number no longer signs in");
    }

    [Fact]
    public async Task A_wrong_password_sends_no_code()
    {
        var (_, client) = await CitizenWithPhoneAsync();

        var page = await client.SubmitAndReadAsync("/Account/Phone?culture=en", Request(NewPhone, "not-my-password"));

        page.FieldErrors("Input.Password").ShouldBe(["Password: the password is not right."]);
        (await Fixture.WithDbAsync(db => db.PhoneCodes.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_number_another_account_has_confirmed_is_refused_and_nothing_is_sent()
    {
        var other = await Fixture.CreateUserAsync(UserKind.Citizen);
        await Fixture.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == other.Id);
            stored.PhoneNumber = NewPhone;
            stored.PhoneNumberConfirmed = true;
            await db.SaveChangesAsync();
        });
        var (user, client) = await CitizenWithPhoneAsync();

        var page = await client.SubmitAndReadAsync("/Account/Phone?culture=en", Request(NewPhone, user.Password));

        page.FieldErrors("Input.NewPhone").ShouldHaveSingleItem().ShouldStartWith("New phone number: this is already used by another account");
        (await Fixture.WithDbAsync(db => db.PhoneCodes.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_code_sent_for_another_account_does_not_move_this_one_and_a_wrong_code_spends_a_try()
    {
        var (victim, victimClient) = await CitizenWithPhoneAsync();
        var attacker = await Fixture.CreateUserAsync(UserKind.Citizen);
        var attackerClient = await Fixture.SignedInClientAsync(attacker);
        using (await attackerClient.SubmitAsync("/Account/Phone", Request(NewPhone, attacker.Password)))
        {
        }

        var code = await Fixture.LatestCodeAsync(NewPhone);
        var wrong = await attackerClient.SubmitAndReadAsync("/Account/ConfirmPhoneChange?culture=en", new Dictionary<string, string?> { ["Input.NewPhone"] = NewPhone, ["Input.Code"] = code == "000000" ? "111111" : "000000" });
        wrong.SummaryErrors().ShouldBe(["That code is not right. You have 4 more tries."]);

        using (await victimClient.SubmitAsync("/Account/Phone", Request("+998901112233", victim.Password)))
        {
        }

        var stolen = await victimClient.SubmitAndReadAsync("/Account/ConfirmPhoneChange?culture=en", new Dictionary<string, string?> { ["Input.NewPhone"] = NewPhone, ["Input.Code"] = code });

        stolen.SummaryErrors().ShouldHaveSingleItem().ShouldStartWith("This code no longer works");
        (await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == victim.Id))).PhoneNumber.ShouldBe(OldPhone);
    }

    [Fact]
    public async Task The_phone_page_is_for_citizens_only()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: await Fixture.WithDbAsync(db => db.AgencyUnits.Select(u => u.Id).FirstAsync()));
        var client = await Fixture.SignedInClientAsync(officer);

        using var response = await client.Http.GetAsync(new Uri("/Account/Phone", UriKind.Relative));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await client.GetPageAsync("/Agency")).QuerySelector("a[href='/Account/Phone']").ShouldBeNull();
    }
}
