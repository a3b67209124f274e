using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Creates a draft job order (no id) or changes the terms of one of the employer's own drafts or rejected orders.</summary>
public sealed record SaveJobOrderCommand : ICommand<Guid>
{
    public const int TitleMaxLength = 150;
    public const int CityMaxLength = 100;
    public const int OvertimeMaxLength = 500;

    public Guid? Id { get; init; }

    public uint Version { get; init; }

    public string? Title { get; init; }

    public string? CountryCode { get; init; }

    public string? City { get; init; }

    public string? OccupationCode { get; init; }

    public int? Positions { get; init; }

    public decimal? WageAmount { get; init; }

    public string? CurrencyCode { get; init; }

    public WagePeriod? WagePeriod { get; init; }

    public int? HoursPerWeek { get; init; }

    public int? ContractMonths { get; init; }

    public int? ProbationMonths { get; init; }

    public string? OvertimeTerms { get; init; }

    public bool HousingProvided { get; init; }

    public decimal? HousingCostPerMonth { get; init; }

    public bool MealsProvided { get; init; }

    public bool MedicalInsurance { get; init; }

    public bool ReturnFlight { get; init; }

    public bool Transport { get; init; }

    public string? LanguageCode { get; init; }

    public int? MinimumLanguageLevelId { get; init; }

    public int? MinimumExperienceYears { get; init; }

    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    public DateOnly? ApplicationDeadline { get; init; }

    public RecruitmentProgram? Program { get; init; }

    /// <summary>The programs whose rules set an age range (EPS Korea, Japan's technical intern training).</summary>
    public static bool ProgramSetsAges(RecruitmentProgram? program) =>
        program is RecruitmentProgram.EpsKorea or RecruitmentProgram.JapanTechnicalIntern;

    public JobOrderTerms ToTerms() => new()
    {
        Title = Title!.Trim(),
        CountryCode = CountryCode!,
        City = City!.Trim(),
        OccupationCode = OccupationCode!,
        Positions = Positions!.Value,
        Wage = new Money(WageAmount!.Value, CurrencyCode!),
        WagePeriod = WagePeriod!.Value,
        HoursPerWeek = HoursPerWeek!.Value,
        ContractMonths = ContractMonths!.Value,
        ProbationMonths = ProbationMonths!.Value,
        OvertimeTerms = OvertimeTerms,
        HousingProvided = HousingProvided,
        HousingCostPerMonth = HousingProvided ? HousingCostPerMonth : null,
        MealsProvided = MealsProvided,
        MedicalInsurance = MedicalInsurance,
        ReturnFlight = ReturnFlight,
        Transport = Transport,
        LanguageCode = string.IsNullOrEmpty(LanguageCode) ? null : LanguageCode,
        MinimumLanguageLevelId = string.IsNullOrEmpty(LanguageCode) ? null : MinimumLanguageLevelId,
        MinimumExperienceYears = MinimumExperienceYears,
        MinimumAge = MinimumAge,
        MaximumAge = MaximumAge,
        ApplicationDeadline = ApplicationDeadline!.Value,
        Program = Program!.Value,
    };
}

public sealed class SaveJobOrderValidator : AbstractValidator<SaveJobOrderCommand>
{
    public SaveJobOrderValidator(IPortalDbContext db, TimeProvider clock)
    {
        RuleFor(x => x.Title).NotEmpty().Length(3, SaveJobOrderCommand.TitleMaxLength);
        RuleFor(x => x.CountryCode).NotEmpty()
            .MustAsync(async (code, ct) => await DestinationCountries.In(db).AnyAsync(c => c.Code == code, ct))
            .WithErrorCode(ErrorCodes.UnknownCountry);
        RuleFor(x => x.City).NotEmpty().MaximumLength(SaveJobOrderCommand.CityMaxLength);
        RuleFor(x => x.OccupationCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Occupations.AnyAsync(o => o.Code == code && o.MajorGroupCode != null, ct))
            .WithErrorCode(ErrorCodes.UnknownOccupation);
        RuleFor(x => x.Positions).NotNull().InclusiveBetween(1, 500);
        RuleFor(x => x.WageAmount).NotNull().GreaterThan(0).LessThan(100_000_000);
        RuleFor(x => x.CurrencyCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Currencies.AnyAsync(c => c.Code == code, ct))
            .WithErrorCode(ErrorCodes.UnknownCurrency);
        RuleFor(x => x.WagePeriod).NotNull().IsInEnum();
        RuleFor(x => x.HoursPerWeek).NotNull().InclusiveBetween(1, 60);
        RuleFor(x => x.ContractMonths).NotNull().InclusiveBetween(1, 60);
        RuleFor(x => x.ProbationMonths).NotNull().InclusiveBetween(0, 6);
        RuleFor(x => x.ProbationMonths)
            .Must((command, probation) => probation < command.ContractMonths)
            .When(x => x.ProbationMonths is >= 0 and <= 6 && x.ContractMonths is not null)
            .WithErrorCode(ErrorCodes.ProbationNotShorter);
        RuleFor(x => x.OvertimeTerms).MaximumLength(SaveJobOrderCommand.OvertimeMaxLength);
        RuleFor(x => x.HousingCostPerMonth).GreaterThanOrEqualTo(0).LessThan(100_000_000).When(x => x.HousingProvided);
        RuleFor(x => x.HousingCostPerMonth).Null().When(x => !x.HousingProvided).WithErrorCode(ErrorCodes.HousingCostWithoutHousing);

        RuleFor(x => x.LanguageCode)
            .MustAsync(async (code, ct) => await db.Languages.AnyAsync(l => l.Code == code, ct))
            .When(x => !string.IsNullOrEmpty(x.LanguageCode))
            .WithErrorCode(ErrorCodes.UnknownLanguage);
        RuleFor(x => x.MinimumLanguageLevelId).NotEmpty().When(x => !string.IsNullOrEmpty(x.LanguageCode));

        // A Korean level is a TOPIK level, a Japanese one a JLPT level, the rest CEFR (as for a worker's languages).
        RuleFor(x => x.MinimumLanguageLevelId)
            .MustAsync(async (command, levelId, ct) => await db.LanguageLevels.AnyAsync(
                level => level.Id == levelId && db.Languages.Any(l => l.Code == command.LanguageCode && l.ScaleCode == level.ScaleCode), ct))
            .When(x => x.MinimumLanguageLevelId is not null && !string.IsNullOrEmpty(x.LanguageCode))
            .WithErrorCode(ErrorCodes.LevelNotOnScale);
        RuleFor(x => x.MinimumLanguageLevelId).Null().When(x => string.IsNullOrEmpty(x.LanguageCode)).WithErrorCode(ErrorCodes.LevelNeedsLanguage);
        RuleFor(x => x.MinimumExperienceYears).InclusiveBetween(0, 40);

        RuleFor(x => x.MinimumAge).InclusiveBetween(18, 65);
        RuleFor(x => x.MaximumAge).InclusiveBetween(18, 65);
        RuleFor(x => x.MinimumAge).Null().When(x => !SaveJobOrderCommand.ProgramSetsAges(x.Program)).WithErrorCode(ErrorCodes.AgeNotForProgram);
        RuleFor(x => x.MaximumAge).Null().When(x => !SaveJobOrderCommand.ProgramSetsAges(x.Program)).WithErrorCode(ErrorCodes.AgeNotForProgram);
        RuleFor(x => x.MaximumAge)
            .Must((command, max) => max >= command.MinimumAge)
            .When(x => x.MinimumAge is not null && x.MaximumAge is not null)
            .WithErrorCode(ErrorCodes.AgeRange);

        RuleFor(x => x.ApplicationDeadline).NotNull();
        RuleFor(x => x.ApplicationDeadline)
            .Must(deadline => deadline >= AgencyCalendar.Today(clock))
            .When(x => x.ApplicationDeadline is not null)
            .WithErrorCode(ErrorCodes.DeadlineInPast);
        RuleFor(x => x.Program).NotNull().IsInEnum();
    }
}

public sealed class SaveJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SaveJobOrderCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveJobOrderCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var terms = command.ToTerms();
        var today = AgencyCalendar.Today(clock);
        JobOrder order;
        if (command.Id is { } id)
        {
            // The tenant filter answers "not found" for another employer's order.
            order = await EmployerJobOrders.LoadAsync(db, id, command.Version, cancellationToken);
            order.Edit(terms, today);
        }
        else
        {
            order = new JobOrder(Guid.CreateVersion7(), terms, currentUser.RequireUserId(), clock.GetUtcNow(), today) { OrganizationId = organizationId };
            db.JobOrders.Add(order);
        }

        await JobOrderSearchIndex.RefreshAsync(db, order, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return order.Id;
    }
}
