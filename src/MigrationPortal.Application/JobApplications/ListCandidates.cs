using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.JobApplications;

/// <summary>A profession as the employer reads it: the ISCO code, its name in the user's language and the years in it.</summary>
public sealed record CandidateProfession(string Code, string Name, int Years);

/// <summary>One earlier job of the candidate.</summary>
public sealed record CandidateWork(string Employer, string Position, string Country, int StartYear, int? EndYear);

/// <summary>
/// A language with its level; certificate-verified when the citizen named a certificate, uploaded it and the agency
/// verified the profile with it, self-declared otherwise.
/// </summary>
public sealed record CandidateLanguage(string Name, string Level, bool CertificateVerified);

/// <summary>A document of the candidate the employer may open, with the type it was stored as.</summary>
public sealed record CandidateDocument(Guid Id, DocumentKind Kind, string ContentType);

/// <summary>
/// What an employer learns of a shortlisted candidate (issue 4, issue 11): name, age, professions, work history,
/// languages, the photo and the documents — never PINFL, passport number, phone or address.
/// </summary>
public sealed record CandidateView(
    Guid ApplicationId,
    string Name,
    int? Age,
    IReadOnlyList<CandidateLanguage> Languages,
    IReadOnlyList<CandidateProfession> Professions,
    IReadOnlyList<CandidateWork> WorkHistory,
    IReadOnlyList<CandidateDocument> Documents,
    string? ShortlistNote,
    ApplicationStatus Status,
    DateTimeOffset? InterviewAt,
    string? InterviewPlace,
    string? InterviewLink,
    uint Version)
{
    /// <summary>The candidate's photo among the documents, when there is one.</summary>
    public CandidateDocument? Photo => Documents.FirstOrDefault(d => d.Kind == DocumentKind.Photo);
}

public sealed record CandidatesPage(Guid JobOrderId, string Title, int Positions, int OpenPositions, decimal MonthlyWage, string CurrencyCode, int HoursPerWeek, IReadOnlyList<CandidateView> Candidates);

public sealed record ListCandidatesQuery(Guid JobOrderId) : IQuery<CandidatesPage>;

public sealed class ListCandidatesHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit, TimeProvider clock) : IQueryHandler<ListCandidatesQuery, CandidatesPage>
{
    public async ValueTask<CandidatesPage> Handle(ListCandidatesQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();

        // The tenant filter makes another employer's order "not found".
        var order = await db.JobOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.JobOrderId, cancellationToken) ?? throw new NotFoundException();
        var rows = await (
            from a in ShortlistedApplications.Of(db, organizationId).AsNoTracking()
            join p in db.WorkerProfiles.IgnoreQueryFilters([QueryFilters.Citizen]) on a.CitizenId equals p.Id
            where a.JobOrderId == order.Id && p.ConsentActive
            orderby a.ShortlistedAt, a.Id
            select new { a.Id, p.LastName, p.FirstName, p.BirthDate, p.Status, p.Languages, p.Professions, p.WorkHistory, a.ShortlistNote, ApplicationStatus = a.Status, a.InterviewAt, a.InterviewPlace, a.InterviewLink, a.Version, a.CitizenId })
            .ToListAsync(cancellationToken);
        var citizenIds = rows.Select(r => r.CitizenId).ToList();
        await audit.RecordViewAsync(PersonalDataAudit.ViewCandidates, citizenIds, order.Id.ToString(), cancellationToken);
        var documents = await db.ProfileDocuments.IgnoreQueryFilters([QueryFilters.Citizen]).AsNoTracking()
            .Where(d => citizenIds.Contains(d.ProfileId))
            .OrderBy(d => d.Kind)
            .Select(d => new { d.ProfileId, Document = new CandidateDocument(d.Id, d.Kind, d.ContentType) })
            .ToListAsync(cancellationToken);
        var names = await ReferenceNames.ReadAsync(db, rows.SelectMany(r => r.Professions.Select(p => p.OccupationCode)), rows.SelectMany(r => r.Languages.Select(l => l.LanguageCode)), rows.SelectMany(r => r.WorkHistory.Select(w => w.CountryCode)), cancellationToken);
        var levels = await db.LanguageLevels.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var today = AgencyCalendar.Today(clock);
        return new CandidatesPage(order.Id, order.Title, order.Positions, order.OpenPositions, order.MonthlyWage, order.CurrencyCode, order.HoursPerWeek, [.. rows.Select(r =>
        {
            var own = documents.Where(d => d.ProfileId == r.CitizenId).Select(d => d.Document).ToList();
            var certified = r.Status == ProfileStatus.Verified && own.Any(d => d.Kind == DocumentKind.LanguageCertificate);
            return new CandidateView(
                r.Id,
                $"{r.LastName} {r.FirstName}",
                r.BirthDate is { } birth ? today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0) : null,
                [.. r.Languages.Select(l => new CandidateLanguage(names.Language(l.LanguageCode), levels.GetValueOrDefault(l.LevelId, ""), certified && !string.IsNullOrWhiteSpace(l.Certificate)))],
                [.. r.Professions.Select(p => new CandidateProfession(p.OccupationCode, names.Occupation(p.OccupationCode), p.YearsOfExperience))],
                [.. r.WorkHistory.OrderByDescending(w => w.StartYear).Select(w => new CandidateWork(w.Employer, w.Position, names.Country(w.CountryCode), w.StartYear, w.EndYear))],
                own,
                r.ShortlistNote,
                r.ApplicationStatus,
                r.InterviewAt,
                r.InterviewPlace,
                r.InterviewLink,
                r.Version);
        })]);
    }
}

/// <summary>The names, in the user's language, of the occupations, languages and countries a set of profiles mentions.</summary>
internal sealed record ReferenceNames(IReadOnlyDictionary<string, string> Occupations, IReadOnlyDictionary<string, string> Languages, IReadOnlyDictionary<string, string> Countries)
{
    public string Occupation(string code) => Occupations.GetValueOrDefault(code, code);

    public string Language(string code) => Languages.GetValueOrDefault(code, code);

    public string Country(string code) => Countries.GetValueOrDefault(code, code);

    public static async Task<ReferenceNames> ReadAsync(IPortalDbContext db, IEnumerable<string> occupationCodes, IEnumerable<string> languageCodes, IEnumerable<string> countryCodes, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var occupations = occupationCodes.Distinct().ToList();
        var languages = languageCodes.Distinct().ToList();
        var countries = countryCodes.Distinct().ToList();
        return new ReferenceNames(
            await db.Occupations.AsNoTracking().Where(o => occupations.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.NameIn(culture), cancellationToken),
            await db.Languages.AsNoTracking().Where(l => languages.Contains(l.Code)).ToDictionaryAsync(l => l.Code, l => l.NameIn(culture), cancellationToken),
            await db.Countries.AsNoTracking().Where(c => countries.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.NameIn(culture), cancellationToken));
    }
}
