using Microsoft.Extensions.Options;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.UnitTests.Security;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    public void Production_answers_only_to_the_public_host_when_AllowedHosts_names_none(string? configured) =>
        PublicAddress.AllowedHosts(configured, new Uri("https://migration.example.uz")).ShouldBe("migration.example.uz");

    [Fact]
    public void AllowedHosts_named_in_configuration_are_kept() =>
        PublicAddress.AllowedHosts("migration.example.uz;portal.example.uz", new Uri("https://migration.example.uz")).ShouldBe("migration.example.uz;portal.example.uz");

    [Fact]
    public void Links_keep_the_public_address_path_and_ignore_everything_else()
    {
        var address = new PublicAddress(Options.Create(new PublicAddressOptions { PublicBaseUrl = new Uri("https://gov.example.uz/migration/") }));

        address.PathBase.Value.ShouldBe("/migration");
        address.Absolute(address.PathBase + "/Account/ResetPassword?x=1").ShouldBe("https://gov.example.uz/migration/Account/ResetPassword?x=1");
    }

    [Theory]
    [InlineData("ftp://migration.example.uz")]
    [InlineData("https://migration.example.uz/?next=evil")]
    public void A_public_address_that_is_not_a_plain_web_address_is_refused_at_start(string url) =>
        new PublicAddressValidation().Validate(null, new PublicAddressOptions { PublicBaseUrl = new Uri(url) }).Failed.ShouldBeTrue();

    [Fact]
    public void A_missing_public_address_is_refused_at_start() =>
        new PublicAddressValidation().Validate(null, new PublicAddressOptions()).Failed.ShouldBeTrue();
}
