using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Common;
using MigrationPortal.Web.Security;

namespace MigrationPortal.UnitTests.Security;

/// <summary>The OneID scheme's registration by configuration, and what the portal reads from OneID's claims (README, OneID).</summary>
public sealed class OneIdSignInTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("https://id.example.uz/", null)]
    [InlineData(null, "portal")]
    public async Task Without_an_authority_and_a_client_id_the_portal_has_no_OneID_scheme(string? authority, string? clientId)
    {
        var settings = new Dictionary<string, string?> { ["OneId:Authority"] = authority, ["OneId:ClientId"] = clientId };
        var services = new ServiceCollection().AddLogging();
        services.AddAuthentication();
        services.AddOneId(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var provider = services.BuildServiceProvider();

        (await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OneIdOptions.Scheme)).ShouldBeNull();
        provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<OneIdOptions>>().Value.IsConfigured.ShouldBeFalse();
    }

    [Fact]
    public async Task With_them_the_OneID_scheme_is_registered()
    {
        var settings = new Dictionary<string, string?> { ["OneId:Authority"] = "https://id.example.uz/", ["OneId:ClientId"] = "portal" };
        var services = new ServiceCollection().AddLogging();
        services.AddOneId(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var provider = services.BuildServiceProvider();

        (await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OneIdOptions.Scheme)).ShouldNotBeNull();
    }

    [Fact]
    public void The_claims_become_the_details_OneID_vouches_for_under_the_configured_names()
    {
        var claims = new OneIdClaimTypes { Pinfl = "pin" };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("sub", "42"), new Claim("pin", " 31505901234568 "), new Claim("family_name", "RAHIMOV"),
            new Claim("given_name", "SARDOR"), new Claim("birthdate", "15.05.1990"),
            new Claim("phone_number", "998901234567"), new Claim("phone_number_verified", "True"),
        ]));

        var identity = OneIdSignIn.Read(principal, claims);

        identity.ShouldBe(new OneIdIdentity("42", "31505901234568", "RAHIMOV", "SARDOR", null, new DateOnly(1990, 5, 15), "998901234567", true));
        identity.VerifiedPhone.ShouldBe("+998901234567");
        identity.RequirePinfl().BirthDate.ShouldBe(new DateOnly(1990, 5, 15));
    }

    [Theory]
    [InlineData("31505901234568", "1990-05-16")]
    [InlineData("31505901234567", null)]
    [InlineData(null, null)]
    public void A_sign_in_without_a_valid_PINFL_agreeing_with_the_birth_date_cannot_make_a_profile(string? pinfl, string? birthDate)
    {
        var identity = new OneIdIdentity("42", pinfl, "RAHIMOV", "SARDOR", null, birthDate is null ? null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), null, false);

        Should.Throw<DomainRuleException>(identity.RequirePinfl).MessageKey.ShouldBe("OneId.Incomplete");
        identity.VerifiedPhone.ShouldBeNull();
    }

    [Fact]
    public void The_details_never_show_in_a_log_line()
    {
        var identity = new OneIdIdentity("42", "31505901234568", "RAHIMOV", "SARDOR", "AKMAL", new DateOnly(1990, 5, 15), "+998901234567", true);

        var written = identity.ToString();

        written.ShouldBe("OneIdIdentity { Subject = 42 }");
        written.ShouldNotContain("31505901234568");
    }
}
