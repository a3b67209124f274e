using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// What an employer learns of a shortlisted candidate (issue 4): name, age, languages, professions and which
/// verified documents exist — never PINFL, passport number, phone or address.
/// </summary>
public sealed record CandidateView(
    Guid ApplicationId,
    string Name,
    int? Age,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Professions,
    IReadOnlyList<DocumentKind> Documents,
    string? ShortlistNote,
    ApplicationStatus Status,
    uint Version);

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
            select new { a.Id, p.LastName, p.FirstName, p.BirthDate, p.Languages, p.Professions, a.ShortlistNote, a.Status, a.Version, a.CitizenId })
            .ToListAsync(cancellationToken);
        var citizenIds = rows.Select(r => r.CitizenId).ToList();
        await audit.RecordViewAsync(PersonalDataAudit.ViewCandidates, citizenIds, order.Id.ToString(), cancellationToken);
        var documents = await db.ProfileDocuments.IgnoreQueryFilters([QueryFilters.Citizen]).AsNoTracking()
            .Where(d => citizenIds.Contains(d.ProfileId))
            .Select(d => new { d.ProfileId, d.Kind })
            .ToListAsync(cancellationToken);
        var levels = await db.LanguageLevels.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var today = AgencyCalendar.Today(clock);
        return new CandidatesPage(order.Id, order.Title, order.Positions, order.OpenPositions, order.MonthlyWage, order.CurrencyCode, order.HoursPerWeek, [.. rows.Select(r => new CandidateView(
            r.Id,
            $"{r.LastName} {r.FirstName}",
            r.BirthDate is { } birth ? today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0) : null,
            [.. r.Languages.Select(l => $"{l.LanguageCode.ToUpperInvariant()} {levels.GetValueOrDefault(l.LevelId)}")],
            [.. r.Professions.Select(p => $"{p.OccupationCode} · {p.YearsOfExperience}")],
            [.. documents.Where(d => d.ProfileId == r.CitizenId).Select(d => d.Kind).Order()],
            r.ShortlistNote,
            r.Status,
            r.Version))]);
    }
}
