using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.UnitTests.Domain;

public sealed class JobApplicationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);
    private static readonly Guid Citizen = Guid.Parse("0000000c-0000-0000-0000-000000000001");
    private static readonly Guid Officer = Guid.Parse("0000000a-0000-0000-0000-000000000001");
    private static readonly Guid EmployerUser = Guid.Parse("0000000e-0000-0000-0000-000000000001");
    private static readonly Guid Supervisor = Guid.Parse("0000000a-0000-0000-0000-000000000002");

    public enum Step
    {
        Screen,
        Shortlist,
        Interview,
        Select,
        NotSelectByAgency,
        NotSelectByEmployer,
        SignContract,
        PrepareDeparture,
        Depart,
        Return,
        Withdraw,
    }

    // The pipeline as docs/design/domain.md (Application) and issue 4 name it, written here independently of the domain's own table.
    private static readonly Dictionary<(ApplicationStatus From, Step Step), ApplicationStatus> Expected = new()
    {
        [(ApplicationStatus.Submitted, Step.Screen)] = ApplicationStatus.Screening,
        [(ApplicationStatus.Screening, Step.Shortlist)] = ApplicationStatus.Shortlisted,
        [(ApplicationStatus.Screening, Step.NotSelectByAgency)] = ApplicationStatus.NotSelected,
        [(ApplicationStatus.Shortlisted, Step.Interview)] = ApplicationStatus.Interview,
        [(ApplicationStatus.Shortlisted, Step.Select)] = ApplicationStatus.Selected,
        [(ApplicationStatus.Shortlisted, Step.NotSelectByEmployer)] = ApplicationStatus.NotSelected,
        [(ApplicationStatus.Interview, Step.Select)] = ApplicationStatus.Selected,
        [(ApplicationStatus.Interview, Step.NotSelectByEmployer)] = ApplicationStatus.NotSelected,
        [(ApplicationStatus.Selected, Step.SignContract)] = ApplicationStatus.ContractSigned,
        [(ApplicationStatus.ContractSigned, Step.PrepareDeparture)] = ApplicationStatus.PreDeparture,
        [(ApplicationStatus.PreDeparture, Step.Depart)] = ApplicationStatus.Departed,
        [(ApplicationStatus.Departed, Step.Return)] = ApplicationStatus.Returned,
        [(ApplicationStatus.Submitted, Step.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Screening, Step.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Shortlisted, Step.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Interview, Step.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Selected, Step.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.ContractSigned, Step.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.PreDeparture, Step.Withdraw)] = ApplicationStatus.Withdrawn,
    };

    public static TheoryData<ApplicationStatus, Step> EveryPair
    {
        get
        {
            var data = new TheoryData<ApplicationStatus, Step>();
            foreach (var status in Enum.GetValues<ApplicationStatus>())
            {
                foreach (var step in Enum.GetValues<Step>())
                {
                    data.Add(status, step);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_move_is_allowed_only_from_the_statuses_the_pipeline_names_and_records_who_when_and_why(ApplicationStatus from, Step step)
    {
        var order = PublishedOrder(positions: 5);
        var application = InStatus(from, order);
        var at = Start.AddDays(9);

        if (Expected.TryGetValue((from, step), out var to))
        {
            Act(application, order, step, at);

            application.Status.ShouldBe(to);
            var change = application.TakePendingStatusChanges().ShouldHaveSingleItem();
            (change.FromStatus, change.ToStatus, change.ChangedAt).ShouldBe((from.ToString(), to.ToString(), at));
            change.ChangedBy.ShouldBe(ActorOf(step));
        }
        else
        {
            var refusal = Should.Throw<DomainRuleException>(() => Act(application, order, step, at));

            refusal.MessageKey.ShouldBe("Rule.Application.InvalidTransition");
            application.Status.ShouldBe(from);
            application.TakePendingStatusChanges().ShouldBeEmpty();
        }
    }

    private static readonly Step[] AgencySteps = [Step.Screen, Step.Shortlist, Step.NotSelectByAgency, Step.PrepareDeparture, Step.Depart, Step.Return];

    [Fact]
    public void The_screening_page_offers_each_role_exactly_the_moves_the_pipeline_gives_it()
    {
        static ApplicationStatus[] TargetsOf(params Step[] steps) =>
            [.. Expected.Where(move => steps.Contains(move.Key.Step)).Select(move => move.Value).Distinct().Order()];

        JobApplication.TargetsOf(PipelineActor.Agency).ShouldBe(TargetsOf(AgencySteps));
        JobApplication.TargetsOf(PipelineActor.Employer).ShouldBe(TargetsOf(Step.Interview, Step.Select, Step.NotSelectByEmployer, Step.SignContract));
        JobApplication.TargetsOf(PipelineActor.Citizen).ShouldBe([ApplicationStatus.Withdrawn]);
    }

    public static TheoryData<ApplicationStatus, ApplicationStatus> EveryStatusPair
    {
        get
        {
            var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
            foreach (var from in Enum.GetValues<ApplicationStatus>())
            {
                foreach (var to in Enum.GetValues<ApplicationStatus>())
                {
                    data.Add(from, to);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatusPair))]
    public void An_officer_moves_an_application_only_where_the_pipeline_lets_the_agency(ApplicationStatus from, ApplicationStatus to)
    {
        var order = PublishedOrder(positions: 5);
        var application = InStatus(from, order);
        var allowed = Expected.Any(move => move.Key.From == from && AgencySteps.Contains(move.Key.Step) && move.Value == to);

        if (allowed)
        {
            application.MoveByAgency(to, "Speaks Korean well", [], null, Officer, Start.AddDays(9));

            application.Status.ShouldBe(to);
            application.TakePendingStatusChanges().ShouldHaveSingleItem().ChangedBy.ShouldBe(Officer);
        }
        else
        {
            Should.Throw<DomainRuleException>(() => application.MoveByAgency(to, "Speaks Korean well", [], null, Officer, Start.AddDays(9)))
                .MessageKey.ShouldBe("Rule.Application.InvalidTransition");
            application.Status.ShouldBe(from);
            application.TakePendingStatusChanges().ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData(ApplicationStatus.Shortlisted, PipelineActor.Agency)]
    [InlineData(ApplicationStatus.Shortlisted, PipelineActor.Citizen)]
    [InlineData(ApplicationStatus.Screening, PipelineActor.Employer)]
    public void Only_the_role_domain_md_names_may_make_a_move(ApplicationStatus from, PipelineActor wrongActor)
    {
        var order = PublishedOrder(positions: 5);
        var application = InStatus(from, order);

        Should.Throw<DomainRuleException>(() => application.NotSelect(wrongActor, "Not suitable", Officer, Start)).MessageKey.ShouldBe("Rule.Application.InvalidTransition");
        application.Status.ShouldBe(from);
    }

    [Fact]
    public void A_full_order_takes_no_more_selections_and_a_withdrawal_frees_the_place()
    {
        var order = PublishedOrder(positions: 1);
        var first = InStatus(ApplicationStatus.Shortlisted, order);
        var second = InStatus(ApplicationStatus.Shortlisted, order);
        first.Select(order, EmployerUser, Start);

        Should.Throw<DomainRuleException>(() => second.Select(order, EmployerUser, Start)).MessageKey.ShouldBe("Rule.JobOrder.NoOpenPositions");
        second.Status.ShouldBe(ApplicationStatus.Shortlisted);

        first.Withdraw(order, "Found work at home", Citizen, Start);
        second.Select(order, EmployerUser, Start);
        second.Status.ShouldBe(ApplicationStatus.Selected);
    }

    [Fact]
    public void A_contract_worse_than_the_order_is_refused_without_a_supervisors_approval()
    {
        var order = PublishedOrder(positions: 2);
        var application = InStatus(ApplicationStatus.Selected, order);
        var lowerPay = new SignedContract(order.MonthlyWage - 1, order.CurrencyCode, order.HoursPerWeek, 36, Today.AddMonths(2));
        var longerHours = lowerPay with { MonthlyWage = order.MonthlyWage, HoursPerWeek = order.HoursPerWeek + 8 };

        Should.Throw<DomainRuleException>(() => application.RecordContract(order, lowerPay, null, null, EmployerUser, Start)).MessageKey.ShouldBe("Rule.Application.ContractWorseThanOrder");
        Should.Throw<DomainRuleException>(() => application.RecordContract(order, longerHours, Supervisor, " ", EmployerUser, Start)).MessageKey.ShouldBe("Rule.Application.ContractWorseThanOrder");
        application.Status.ShouldBe(ApplicationStatus.Selected);
        order.FilledPositions.ShouldBe(0);

        application.RecordContract(order, lowerPay, Supervisor, "Housing now free of charge, agreed with the worker.", EmployerUser, Start);

        application.Status.ShouldBe(ApplicationStatus.ContractSigned);
        application.DeviationApprovedBy.ShouldBe(Supervisor);
        application.TakePendingStatusChanges().Last().Reason.ShouldBe("Housing now free of charge, agreed with the worker.");
        order.FilledPositions.ShouldBe(1);
    }

    [Fact]
    public void The_last_contract_fills_the_order()
    {
        var order = PublishedOrder(positions: 1);
        var application = InStatus(ApplicationStatus.Selected, order);

        application.RecordContract(order, new SignedContract(order.MonthlyWage, order.CurrencyCode, order.HoursPerWeek, 36, Today.AddMonths(1)), null, null, EmployerUser, Start);

        order.Status.ShouldBe(JobOrderStatus.Filled);
    }

    [Fact]
    public void The_employer_sees_an_application_only_after_the_agency_shortlists_it()
    {
        var order = PublishedOrder(positions: 1);
        var application = InStatus(ApplicationStatus.Screening, order);
        application.IsVisibleToEmployer.ShouldBeFalse();

        application.Shortlist("TOPIK 3, six years of welding", [], null, Officer, Start);

        application.IsVisibleToEmployer.ShouldBeTrue();
        application.ShortlistNote.ShouldBe("TOPIK 3, six years of welding");
    }

    [Fact]
    public void Not_selecting_needs_a_reason()
    {
        var order = PublishedOrder(positions: 1);
        var application = InStatus(ApplicationStatus.Interview, order);

        Should.Throw<DomainRuleException>(() => application.NotSelect(PipelineActor.Employer, "", EmployerUser, Start)).MessageKey.ShouldBe("Rule.Application.ReasonRequired");
        application.Status.ShouldBe(ApplicationStatus.Interview);
    }

    public static TheoryData<int, string?, string?, string> RefusedInvitations => new()
    {
        { -1, "Office", null, "Rule.Application.InterviewInPast" },
        { 0, "Office", null, "Rule.Application.InterviewInPast" },
        { 24, " ", "", "Rule.Application.InterviewPlaceOrLink" },
        { 24, null, "http://meet.example.com/a", "Rule.Application.InterviewLinkHttps" },
        { 24, null, "meet.example.com/a", "Rule.Application.InterviewLinkHttps" },
    };

    [Theory]
    [MemberData(nameof(RefusedInvitations))]
    public void An_interview_must_be_ahead_with_a_place_or_an_https_link(int hoursAhead, string? place, string? link, string rule)
    {
        var application = InStatus(ApplicationStatus.Shortlisted, PublishedOrder(positions: 1));

        Should.Throw<DomainRuleException>(() => application.Interview(new InterviewInvitation(Start.AddHours(hoursAhead), place, link), EmployerUser, Start)).MessageKey.ShouldBe(rule);
        (application.Status, application.InterviewAt).ShouldBe((ApplicationStatus.Shortlisted, (DateTimeOffset?)null));
    }

    [Fact]
    public void An_invitation_keeps_its_time_in_utc_and_its_place_and_link_trimmed()
    {
        var application = InStatus(ApplicationStatus.Shortlisted, PublishedOrder(positions: 1));

        application.Interview(new InterviewInvitation(new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.FromHours(5)), " Room 3 ", " https://meet.example.com/a "), EmployerUser, Start);

        application.Status.ShouldBe(ApplicationStatus.Interview);
        application.InterviewAt.ShouldBe(new DateTimeOffset(2026, 11, 9, 10, 0, 0, TimeSpan.Zero));
        application.InterviewAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        (application.InterviewPlace, application.InterviewLink).ShouldBe(("Room 3", "https://meet.example.com/a"));
    }

    public static TheoryData<string, IneligibleReason[]> EligibilityCases => new()
    {
        { "eligible", [] },
        { "unverified", [IneligibleReason.ProfileNotVerified] },
        { "weak-korean", [IneligibleReason.LanguageBelowRequirement] },
        { "no-korean", [IneligibleReason.LanguageBelowRequirement] },
        { "applied", [IneligibleReason.AlreadyApplied] },
        { "too-old", [IneligibleReason.AgeOutsideRange] },
        { "late", [IneligibleReason.DeadlinePassed] },
        { "full", [IneligibleReason.NoOpenPositions] },
        { "paused", [IneligibleReason.NotPublished] },
    };

    [Theory]
    [MemberData(nameof(EligibilityCases))]
    public void Eligibility_names_exactly_what_stops_the_citizen(string situation, IneligibleReason[] expected)
    {
        var order = PublishedOrder(positions: 1);
        var today = Today;
        var facts = new ApplicantFacts(true, new DateOnly(1995, 6, 1), new Dictionary<string, int> { ["ko"] = 3 }, false);
        switch (situation)
        {
            case "unverified": facts = facts with { ProfileVerified = false }; break;
            case "weak-korean": facts = facts with { LanguageRanks = new Dictionary<string, int> { ["ko"] = 1 } }; break;
            case "no-korean": facts = facts with { LanguageRanks = new Dictionary<string, int> { ["en"] = 6 } }; break;
            case "applied": facts = facts with { AlreadyApplied = true }; break;
            case "too-old": facts = facts with { BirthDate = new DateOnly(1980, 1, 1) }; break;
            case "late": today = order.ApplicationDeadline.AddDays(1); break;
            case "full": order.ReserveSelection(); break;
            case "paused": order.Pause(EmployerUser, Start); break;
        }

        ApplicationEligibility.Check(order, requiredRank: 2, facts, today).ShouldBe(expected);
    }

    private static Guid ActorOf(Step step) => step switch
    {
        Step.Withdraw => Citizen,
        Step.Screen or Step.Shortlist or Step.NotSelectByAgency or Step.PrepareDeparture or Step.Depart or Step.Return => Officer,
        _ => EmployerUser,
    };

    private static JobOrder PublishedOrder(int positions)
    {
        var order = new JobOrder(Guid.NewGuid(), new JobOrderTerms
        {
            Title = "Shipyard welder",
            CountryCode = "KR",
            City = "Ulsan",
            OccupationCode = "7212",
            Positions = positions,
            Wage = new Money(2_400_000m, "KRW"),
            WagePeriod = WagePeriod.Month,
            HoursPerWeek = 40,
            ContractMonths = 36,
            ProbationMonths = 3,
            LanguageCode = "ko",
            MinimumLanguageLevelId = 8,
            MinimumAge = 18,
            MaximumAge = 39,
            ApplicationDeadline = Today.AddMonths(1),
            Program = RecruitmentProgram.EpsKorea,
        }, EmployerUser, Start, Today);
        order.Submit(EmployerUser, Start, Today);
        order.Approve(null, Officer, Start);
        return order;
    }

    private static JobApplication InStatus(ApplicationStatus status, JobOrder order)
    {
        var application = new JobApplication(Guid.NewGuid(), Citizen, order.Id, Guid.NewGuid(), Start);
        ApplicationStatus[] path = status switch
        {
            ApplicationStatus.Submitted => [],
            ApplicationStatus.Screening => [ApplicationStatus.Screening],
            ApplicationStatus.Shortlisted => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted],
            ApplicationStatus.Interview => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Interview],
            ApplicationStatus.Selected => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Selected],
            ApplicationStatus.NotSelected => [ApplicationStatus.Screening, ApplicationStatus.NotSelected],
            ApplicationStatus.ContractSigned => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Selected, ApplicationStatus.ContractSigned],
            ApplicationStatus.PreDeparture => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Selected, ApplicationStatus.ContractSigned, ApplicationStatus.PreDeparture],
            ApplicationStatus.Departed => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Selected, ApplicationStatus.ContractSigned, ApplicationStatus.PreDeparture, ApplicationStatus.Departed],
            ApplicationStatus.Returned => [ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Selected, ApplicationStatus.ContractSigned, ApplicationStatus.PreDeparture, ApplicationStatus.Departed, ApplicationStatus.Returned],
            _ => [ApplicationStatus.Withdrawn],
        };
        foreach (var next in path)
        {
            Act(application, order, next switch
            {
                ApplicationStatus.Screening => Step.Screen,
                ApplicationStatus.Shortlisted => Step.Shortlist,
                ApplicationStatus.Interview => Step.Interview,
                ApplicationStatus.Selected => Step.Select,
                ApplicationStatus.NotSelected => Step.NotSelectByAgency,
                ApplicationStatus.ContractSigned => Step.SignContract,
                ApplicationStatus.PreDeparture => Step.PrepareDeparture,
                ApplicationStatus.Departed => Step.Depart,
                ApplicationStatus.Returned => Step.Return,
                _ => Step.Withdraw,
            }, Start);
        }

        application.TakePendingStatusChanges();
        return application;
    }

    private static void Act(JobApplication application, JobOrder order, Step step, DateTimeOffset at)
    {
        switch (step)
        {
            case Step.Screen: application.StartScreening(Officer, at); break;
            case Step.Shortlist: application.Shortlist("Good match", [], null, Officer, at); break;
            case Step.Interview: application.Interview(new InterviewInvitation(at.AddDays(2), "Samarkand branch, room 3", null), EmployerUser, at); break;
            case Step.Select: application.Select(order, EmployerUser, at); break;
            case Step.NotSelectByAgency: application.NotSelect(PipelineActor.Agency, "Language level too low", Officer, at); break;
            case Step.NotSelectByEmployer: application.NotSelect(PipelineActor.Employer, "Chose a more experienced welder", EmployerUser, at); break;
            case Step.SignContract: application.RecordContract(order, new SignedContract(order.MonthlyWage, order.CurrencyCode, order.HoursPerWeek, 36, Today.AddMonths(2)), null, null, EmployerUser, at); break;
            case Step.PrepareDeparture: application.PrepareDeparture(Officer, at); break;
            case Step.Depart: application.Depart(Officer, at); break;
            case Step.Return: application.MarkReturned(Officer, at); break;
            case Step.Withdraw: application.Withdraw(order, "Changed my mind", Citizen, at); break;
        }
    }
}
