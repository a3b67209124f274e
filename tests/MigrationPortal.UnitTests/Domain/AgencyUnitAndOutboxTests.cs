using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.UnitTests.Domain;

public sealed class AgencyUnitAndOutboxTests
{
    private static readonly LocalizedText Name = new("Vakolatxona", "Ваколатхона", "Представительство", "Office");

    [Fact]
    public void A_representative_office_must_sit_in_a_country() =>
        Should.Throw<DomainRuleException>(() => new AgencyUnit(Guid.NewGuid(), AgencyUnitKind.RepresentativeOffice, Name, regionId: 1, countryCode: null))
            .MessageKey.ShouldBe("Rule.Unit.OfficeNeedsCountry");

    [Theory]
    [InlineData(AgencyUnitKind.TerritorialBranch)]
    [InlineData(AgencyUnitKind.TrainingCenter)]
    public void A_branch_or_a_center_must_sit_in_a_territorial_unit(AgencyUnitKind kind) =>
        Should.Throw<DomainRuleException>(() => new AgencyUnit(Guid.NewGuid(), kind, Name, regionId: null, countryCode: "KR"))
            .MessageKey.ShouldBe("Rule.Unit.NeedsRegion");

    [Fact]
    public void An_office_keeps_its_country_and_drops_any_region()
    {
        var office = new AgencyUnit(Guid.NewGuid(), AgencyUnitKind.RepresentativeOffice, Name, regionId: 3, countryCode: "KR");

        (office.CountryCode, office.RegionId, office.IsActive).ShouldBe(("KR", (int?)null, true));
    }

    [Fact]
    public void A_failed_email_is_retried_later_each_time_up_to_six_hours()
    {
        var at = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var email = new OutboxEmail(Guid.NewGuid(), "a@example.uz", "Subject", "Body", at);
        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            email.MarkFailed(at, "SmtpException");
            delays.Add(email.NextAttemptAt - at);
        }

        delays.Take(4).ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)]);
        delays.Max().ShouldBe(TimeSpan.FromHours(6));
        email.SentAt.ShouldBeNull();
        email.LastError.ShouldBe("SmtpException");
    }
}
