using System.Globalization;
using System.Text.RegularExpressions;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.TagHelpers;

namespace MigrationPortal.UnitTests.Web;

/// <summary>Status badges (issue 11): every status has a family, and every family's colors are readable.</summary>
public sealed partial class StatusBadgeTests
{
    public static TheoryData<Enum> Statuses()
    {
        var data = new TheoryData<Enum>();
        foreach (var status in Enum.GetValues<ApplicationStatus>().Cast<Enum>().Concat(Enum.GetValues<JobOrderStatus>().Cast<Enum>()).Concat(Enum.GetValues<ProfileStatus>().Cast<Enum>()))
        {
            data.Add(status);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_application_order_and_profile_status_has_a_family(Enum status) =>
        Enum.IsDefined(StatusBadgeTagHelper.FamilyOf(status)).ShouldBeTrue();

    [Fact]
    public void The_families_tell_apart_a_draft_a_wait_a_live_an_ended_and_a_refused_state()
    {
        StatusBadgeTagHelper.FamilyOf(JobOrderStatus.Draft).ShouldBe(StatusFamily.Draft);
        StatusBadgeTagHelper.FamilyOf(JobOrderStatus.PendingApproval).ShouldBe(StatusFamily.Waiting);
        StatusBadgeTagHelper.FamilyOf(JobOrderStatus.Published).ShouldBe(StatusFamily.Live);
        StatusBadgeTagHelper.FamilyOf(JobOrderStatus.Filled).ShouldBe(StatusFamily.Done);
        StatusBadgeTagHelper.FamilyOf(JobOrderStatus.Rejected).ShouldBe(StatusFamily.Refused);
        StatusBadgeTagHelper.FamilyOf(ApplicationStatus.NotSelected).ShouldBe(StatusFamily.Refused);
        StatusBadgeTagHelper.FamilyOf(ProfileStatus.Verified).ShouldBe(StatusFamily.Live);
    }

    [Theory]
    [InlineData(StatusFamily.Draft)]
    [InlineData(StatusFamily.Waiting)]
    [InlineData(StatusFamily.Live)]
    [InlineData(StatusFamily.Done)]
    [InlineData(StatusFamily.Refused)]
    public void Each_familys_text_has_a_contrast_of_at_least_4_5_to_1_on_its_background(StatusFamily family)
    {
        var css = File.ReadAllText(Path.Combine(Localization.ResourceCompletenessTests.Root, "src", "MigrationPortal.Web", "wwwroot", "css", "site.css"));
        var rule = Regex.Match(css, $@"\.status-{family.ToString().ToLowerInvariant()}\s*\{{\s*color:\s*(#[0-9a-f]{{6}});\s*background-color:\s*(#[0-9a-f]{{6}});", RegexOptions.IgnoreCase);
        rule.Success.ShouldBeTrue($"site.css has the colors of .status-{family}");

        Contrast(rule.Groups[1].Value, rule.Groups[2].Value).ShouldBeGreaterThanOrEqualTo(4.5);
    }

    /// <summary>The WCAG 2 contrast ratio of two sRGB colors.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
