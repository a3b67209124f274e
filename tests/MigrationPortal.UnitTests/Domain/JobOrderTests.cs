using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.UnitTests.Domain;

public sealed class JobOrderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);
    private static readonly Guid Employer = Guid.Parse("0000000e-0000-0000-0000-000000000001");
    private static readonly Guid Officer = Guid.Parse("0000000a-0000-0000-0000-000000000001");

    public enum OrderAction
    {
        Edit,
        Submit,
        Approve,
        Reject,
        Pause,
        Resume,
        Close,
        Expire,
    }

    // Every (status × action) pair appears in exactly one of Moves and Refusals.
    public static TheoryData<JobOrderStatus, OrderAction, JobOrderStatus> Moves => new()
    {
        { JobOrderStatus.Draft, OrderAction.Submit, JobOrderStatus.PendingApproval },
        { JobOrderStatus.Rejected, OrderAction.Submit, JobOrderStatus.PendingApproval },
        { JobOrderStatus.PendingApproval, OrderAction.Approve, JobOrderStatus.Published },
        { JobOrderStatus.PendingApproval, OrderAction.Reject, JobOrderStatus.Rejected },
        { JobOrderStatus.Published, OrderAction.Pause, JobOrderStatus.Paused },
        { JobOrderStatus.Paused, OrderAction.Resume, JobOrderStatus.Published },
        { JobOrderStatus.Published, OrderAction.Close, JobOrderStatus.Closed },
        { JobOrderStatus.Paused, OrderAction.Close, JobOrderStatus.Closed },
        { JobOrderStatus.Published, OrderAction.Expire, JobOrderStatus.Expired },
        { JobOrderStatus.Paused, OrderAction.Expire, JobOrderStatus.Expired },
    };

    public static TheoryData<JobOrderStatus, OrderAction> Refusals
    {
        get
        {
            var moves = Moves.Select(row => ((JobOrderStatus)row[0], (OrderAction)row[1])).ToHashSet();
            var data = new TheoryData<JobOrderStatus, OrderAction>();
            foreach (var status in Enum.GetValues<JobOrderStatus>())
            {
                foreach (var action in Enum.GetValues<OrderAction>())
                {
                    // Editing keeps the status where it is allowed; it is tested on its own below.
                    if (!moves.Contains((status, action)) && !(action == OrderAction.Edit && status is JobOrderStatus.Draft or JobOrderStatus.Rejected))
                    {
                        data.Add(status, action);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void An_allowed_move_changes_the_status_and_records_who_when_from_and_to(JobOrderStatus from, OrderAction action, JobOrderStatus to)
    {
        var order = InStatus(from);
        var at = Start.AddHours(5);

        Act(order, action, at);

        order.Status.ShouldBe(to);
        var change = order.TakePendingStatusChanges().ShouldHaveSingleItem();
        change.FromStatus.ShouldBe(from.ToString());
        change.ToStatus.ShouldBe(to.ToString());
        change.ChangedAt.ShouldBe(at);
        change.ChangedBy.ShouldBe(action is OrderAction.Approve or OrderAction.Reject ? Officer : Employer);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_move_says_why_and_changes_nothing(JobOrderStatus from, OrderAction action)
    {
        var order = InStatus(from);

        var refusal = Should.Throw<DomainRuleException>(() => Act(order, action, Start.AddHours(5)));

        refusal.MessageKey.ShouldBeOneOf("Rule.JobOrder.InvalidTransition", "Rule.JobOrder.NotEditable");
        order.Status.ShouldBe(from);
        order.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void An_order_below_the_destinations_minimum_wage_is_not_published()
    {
        // 9,500 KRW an hour for 40 hours a week is 1,646,666.67 KRW a month.
        var order = InStatus(JobOrderStatus.PendingApproval, Terms() with { Wage = new Money(9_500m, "KRW"), WagePeriod = WagePeriod.Hour, HoursPerWeek = 40 });

        var refusal = Should.Throw<DomainRuleException>(() => order.Approve(2_156_880m, Officer, Start));

        refusal.MessageKey.ShouldBe("Rule.JobOrder.BelowMinimumWage");
        refusal.Arguments.ShouldBe([new Money(1_646_666.67m, "KRW"), new Money(2_156_880m, "KRW")]);
        order.Status.ShouldBe(JobOrderStatus.PendingApproval);
    }

    [Fact]
    public void An_order_at_the_minimum_wage_is_published()
    {
        var order = InStatus(JobOrderStatus.PendingApproval, Terms() with { Wage = new Money(2_156_880m, "KRW"), WagePeriod = WagePeriod.Month });

        order.Approve(2_156_880m, Officer, Start);

        order.Status.ShouldBe(JobOrderStatus.Published);
        order.PublishedAt.ShouldBe(Start);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_the_employer_sees_it_until_resubmitting()
    {
        var order = InStatus(JobOrderStatus.PendingApproval);

        Should.Throw<DomainRuleException>(() => order.Reject("  ", Officer, Start)).MessageKey.ShouldBe("Rule.JobOrder.RejectNeedsReason");
        order.Reject("Housing cost exceeds the program's cap.", Officer, Start);
        order.RejectionReason.ShouldBe("Housing cost exceeds the program's cap.");
        order.Submit(Employer, Start.AddDays(1), Today);

        order.RejectionReason.ShouldBeNull();
        order.Status.ShouldBe(JobOrderStatus.PendingApproval);
    }

    [Fact]
    public void A_draft_whose_deadline_has_passed_cannot_be_submitted()
    {
        var order = InStatus(JobOrderStatus.Draft);

        Should.Throw<DomainRuleException>(() => order.Submit(Employer, Start, Today.AddMonths(3)))
            .MessageKey.ShouldBe("Rule.JobOrder.DeadlinePassed");
        order.Status.ShouldBe(JobOrderStatus.Draft);
    }

    [Fact]
    public void The_last_signed_contract_fills_the_order_and_a_full_order_takes_no_more()
    {
        var order = InStatus(JobOrderStatus.Published, Terms() with { Positions = 2 });

        order.TakePosition(Officer, Start);
        order.Status.ShouldBe(JobOrderStatus.Published);
        order.TakePosition(Officer, Start);

        order.Status.ShouldBe(JobOrderStatus.Filled);
        order.OpenPositions.ShouldBe(0);
        order.IsOpenFor(Today).ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => order.TakePosition(Officer, Start)).MessageKey.ShouldBe("Rule.JobOrder.NoOpenPositions");
    }

    [Theory]
    [InlineData(WagePeriod.Month, 1_800, 40, 1_800)]
    [InlineData(WagePeriod.Hour, 12, 40, 2_080)]
    [InlineData(WagePeriod.Hour, 10.5, 48, 2_184)]
    public void The_monthly_wage_counts_an_hourly_wage_over_the_promised_hours(WagePeriod period, decimal amount, int hours, decimal monthly)
    {
        var order = InStatus(JobOrderStatus.Draft, Terms() with { Wage = new Money(amount, "USD"), WagePeriod = period, HoursPerWeek = hours });

        order.MonthlyWage.ShouldBe(monthly);
    }

    [Fact]
    public void Terms_are_edited_in_draft_and_housing_cost_is_dropped_without_housing()
    {
        var order = InStatus(JobOrderStatus.Draft);

        order.Edit(Terms() with { Title = " Welder ", HousingProvided = false, HousingCostPerMonth = 150m }, Today);

        order.Title.ShouldBe("Welder");
        order.HousingCostPerMonth.ShouldBeNull();
        order.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void An_age_range_the_wrong_way_round_is_refused()
    {
        Should.Throw<DomainRuleException>(() => new JobOrder(Guid.NewGuid(), Terms() with { MinimumAge = 39, MaximumAge = 18 }, Employer, Start, Today))
            .MessageKey.ShouldBe("Rule.JobOrder.AgeRange");
    }

    private static JobOrderTerms Terms() => new()
    {
        Title = "Shipyard welder",
        CountryCode = "KR",
        City = "Ulsan",
        OccupationCode = "7212",
        Positions = 10,
        Wage = new Money(2_400_000m, "KRW"),
        WagePeriod = WagePeriod.Month,
        HoursPerWeek = 40,
        ContractMonths = 36,
        ProbationMonths = 3,
        HousingProvided = true,
        HousingCostPerMonth = 150_000m,
        LanguageCode = "ko",
        MinimumLanguageLevelId = 8,
        MinimumAge = 18,
        MaximumAge = 39,
        ApplicationDeadline = Today.AddMonths(2),
        Program = RecruitmentProgram.EpsKorea,
    };

    private static JobOrder InStatus(JobOrderStatus status, JobOrderTerms? terms = null)
    {
        var order = new JobOrder(Guid.NewGuid(), terms ?? Terms(), Employer, Start, Today);
        switch (status)
        {
            case JobOrderStatus.Draft:
                break;
            case JobOrderStatus.PendingApproval:
                order.Submit(Employer, Start, Today);
                break;
            case JobOrderStatus.Rejected:
                order.Submit(Employer, Start, Today);
                order.Reject("Wage below the agreement.", Officer, Start);
                break;
            case JobOrderStatus.Filled:
                order.Submit(Employer, Start, Today);
                order.Approve(null, Officer, Start);
                for (var i = 0; i < order.Positions; i++)
                {
                    order.TakePosition(Officer, Start);
                }

                break;
            default:
                order.Submit(Employer, Start, Today);
                order.Approve(null, Officer, Start);
                if (status == JobOrderStatus.Paused)
                {
                    order.Pause(Employer, Start);
                }
                else if (status == JobOrderStatus.Closed)
                {
                    order.Close(Employer, Start, null);
                }
                else if (status == JobOrderStatus.Expired)
                {
                    order.Expire(Employer, Start);
                }

                break;
        }

        order.TakePendingStatusChanges();
        return order;
    }

    private static void Act(JobOrder order, OrderAction action, DateTimeOffset at)
    {
        switch (action)
        {
            case OrderAction.Edit:
                order.Edit(Terms(), Today);
                break;
            case OrderAction.Submit:
                order.Submit(Employer, at, Today);
                break;
            case OrderAction.Approve:
                order.Approve(null, Officer, at);
                break;
            case OrderAction.Reject:
                order.Reject("Not in the agreement.", Officer, at);
                break;
            case OrderAction.Pause:
                order.Pause(Employer, at);
                break;
            case OrderAction.Resume:
                order.Resume(Employer, at);
                break;
            case OrderAction.Close:
                order.Close(Employer, at, null);
                break;
            case OrderAction.Expire:
                order.Expire(Employer, at);
                break;
        }
    }
}
