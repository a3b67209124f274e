using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>A vacancy's public page: a published order only; drafts, pending, rejected and closed orders are never public.</summary>
public sealed record GetVacancyQuery(Guid Id) : IQuery<VacancyDetails>;

public sealed record VacancyDetails(
    Guid Id,
    string Title,
    string Country,
    string City,
    string Occupation,
    int Positions,
    int OpenPositions,
    decimal WageAmount,
    string CurrencyCode,
    WagePeriod WagePeriod,
    decimal MonthlyWage,
    decimal? MonthlyWageUsd,
    int HoursPerWeek,
    int ContractMonths,
    int ProbationMonths,
    string? OvertimeTerms,
    bool HousingProvided,
    decimal? HousingCostPerMonth,
    bool MealsProvided,
    bool MedicalInsurance,
    bool ReturnFlight,
    bool Transport,
    string? Language,
    string? MinimumLanguageLevel,
    int? MinimumExperienceYears,
    int? MinimumAge,
    int? MaximumAge,
    DateOnly ApplicationDeadline,
    RecruitmentProgram Program,
    DateTimeOffset PublishedAt,
    EmployerProfile Employer,
    IReadOnlyList<VacancyPhotoItem> Photos);

public sealed record EmployerProfile(string Name, string? Description, string? City, string? Sector, string? Website);

public sealed record VacancyPhotoItem(Guid Id, PhotoSubject Subject, string Caption);

public sealed class GetVacancyHandler(IPortalDbContext db) : IQueryHandler<GetVacancyQuery, VacancyDetails>
{
    /// <summary>A gallery, not an archive: the first photos are what a citizen looks at.</summary>
    public const int PhotoLimit = 12;

    public async ValueTask<VacancyDetails> Handle(GetVacancyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var row = await (
            from o in PublicJobOrders.Of(db).AsNoTracking()
            where o.Id == query.Id
            join e in db.Employers on o.OrganizationId equals e.Id
            join c in db.Countries on o.CountryCode equals c.Code
            join x in db.Occupations on o.OccupationCode equals x.Code
            join l in db.Languages on o.LanguageCode equals l.Code into languages
            from l in languages.DefaultIfEmpty()
            join v in db.LanguageLevels on o.MinimumLanguageLevelId equals v.Id into levels
            from v in levels.DefaultIfEmpty()
            select new { o, e.LegalName, e.Description, e.City, e.Sector, e.Website, Country = c, Occupation = x, Language = l, Level = v == null ? null : v.Code })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        var photos = await db.EmployerPhotos.IgnoreQueryFilters([QueryFilters.Tenant]).AsNoTracking()
            .Where(p => p.OrganizationId == row.o.OrganizationId)
            .OrderBy(p => p.Subject).ThenBy(p => p.UploadedAt)
            .Take(PhotoLimit)
            .Select(p => new VacancyPhotoItem(p.Id, p.Subject, p.Caption))
            .ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var order = row.o;
        return new VacancyDetails(
            order.Id,
            order.Title,
            row.Country.NameIn(culture),
            order.City,
            row.Occupation.NameIn(culture),
            order.Positions,
            order.OpenPositions,
            order.WageAmount,
            order.CurrencyCode,
            order.WagePeriod,
            order.MonthlyWage,
            order.MonthlyWageUsd,
            order.HoursPerWeek,
            order.ContractMonths,
            order.ProbationMonths,
            order.OvertimeTerms,
            order.HousingProvided,
            order.HousingCostPerMonth,
            order.MealsProvided,
            order.MedicalInsurance,
            order.ReturnFlight,
            order.Transport,
            row.Language?.NameIn(culture),
            row.Level,
            order.MinimumExperienceYears,
            order.MinimumAge,
            order.MaximumAge,
            order.ApplicationDeadline,
            order.Program,
            order.PublishedAt!.Value,
            new EmployerProfile(row.LegalName, row.Description, row.City, row.Sector, row.Website),
            photos);
    }
}
