using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.UnitTests.Domain;

public sealed class EmployerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.NewGuid();

    private static EmployerDetails Details(DateOnly? from = null, DateOnly? to = null) =>
        new("Daesung Construction", "KR", "124-81-00998", "UZ-KR-2025/017", from ?? new DateOnly(2025, 1, 1), to ?? new DateOnly(2028, 12, 31), "Kim", "hr@daesung.example", null);

    [Fact]
    public void A_new_employer_is_active_and_its_creation_is_recorded()
    {
        var employer = new Employer(Guid.NewGuid(), Details(), Admin, Now);

        employer.Status.ShouldBe(EmployerStatus.Active);
        var change = employer.TakePendingStatusChanges().ShouldHaveSingleItem();
        change.FromStatus.ShouldBeNull();
        change.ToStatus.ShouldBe("Active");
        change.ChangedBy.ShouldBe(Admin);
    }

    [Theory]
    [InlineData(EmployerStatus.Active, true, EmployerStatus.Suspended)]
    [InlineData(EmployerStatus.Suspended, false, EmployerStatus.Active)]
    public void Allowed_transitions_move_and_record_who_when_from_to_why(EmployerStatus from, bool suspend, EmployerStatus to)
    {
        var employer = EmployerIn(from);

        if (suspend)
        {
            employer.Suspend(Admin, Now, "Unpaid wages");
        }
        else
        {
            employer.Reactivate(Admin, Now, "Paid in full");
        }

        employer.Status.ShouldBe(to);
        var change = employer.TakePendingStatusChanges().ShouldHaveSingleItem();
        (change.FromStatus, change.ToStatus, change.ChangedAt).ShouldBe((from.ToString(), to.ToString(), Now));
        change.Reason.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData(EmployerStatus.Active, false)]
    [InlineData(EmployerStatus.Suspended, true)]
    public void Refused_transitions_change_nothing(EmployerStatus from, bool suspend)
    {
        var employer = EmployerIn(from);

        var refused = Should.Throw<DomainRuleException>(() =>
        {
            if (suspend)
            {
                employer.Suspend(Admin, Now, "again");
            }
            else
            {
                employer.Reactivate(Admin, Now, null);
            }
        });

        refused.MessageKey.ShouldBe("Rule.InvalidTransition");
        employer.Status.ShouldBe(from);
        employer.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void An_agreement_that_ends_before_it_starts_is_refused() =>
        Should.Throw<DomainRuleException>(() => new Employer(Guid.NewGuid(), Details(new DateOnly(2028, 1, 1), new DateOnly(2025, 1, 1)), Admin, Now))
            .MessageKey.ShouldBe("Rule.Employer.AgreementDates");

    [Fact]
    public void The_agreement_covers_its_first_and_last_day_only()
    {
        var employer = new Employer(Guid.NewGuid(), Details(), Admin, Now);

        employer.AgreementCoversDate(new DateOnly(2025, 1, 1)).ShouldBeTrue();
        employer.AgreementCoversDate(new DateOnly(2028, 12, 31)).ShouldBeTrue();
        employer.AgreementCoversDate(new DateOnly(2029, 1, 1)).ShouldBeFalse();
    }

    private static Employer EmployerIn(EmployerStatus status)
    {
        var employer = new Employer(Guid.NewGuid(), Details(), Admin, Now);
        if (status == EmployerStatus.Suspended)
        {
            employer.Suspend(Admin, Now, "setup");
        }

        employer.TakePendingStatusChanges();
        return employer;
    }
}
