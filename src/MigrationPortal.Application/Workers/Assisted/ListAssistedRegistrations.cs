using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>The registrations made at a branch, newest first: an officer's unit's, or every unit's for a supervisor.</summary>
public sealed record ListAssistedRegistrationsQuery(int Page = 1) : IQuery<AssistedRegistrationPage>;

public sealed record AssistedRegistrationRow(
    Guid Id,
    string CitizenName,
    string OfficerName,
    string Unit,
    DateTimeOffset RegisteredAt,
    AssistedConsentKind ConsentKind,
    DateTimeOffset? TakenOverAt);

public sealed record AssistedRegistrationPage(IReadOnlyList<AssistedRegistrationRow> Items, int Page, bool HasNext);

public sealed class ListAssistedRegistrationsHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit)
    : IQueryHandler<ListAssistedRegistrationsQuery, AssistedRegistrationPage>
{
    public const int PageSize = 25;

    public async ValueTask<AssistedRegistrationPage> Handle(ListAssistedRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var rows = await (
            from r in db.AssistedRegistrations.AsNoTracking().VisibleTo(currentUser)
            join citizen in db.Users on r.CitizenId equals citizen.Id
            join officer in db.Users on r.OfficerId equals officer.Id
            join unit in db.AgencyUnits on r.UnitId equals unit.Id
            orderby r.RegisteredAt descending, r.Id descending
            select new { r.Id, r.CitizenId, Citizen = citizen.FullName, Officer = officer.FullName, Unit = unit, r.RegisteredAt, r.ConsentKind, r.TakenOverAt })
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var shown = rows.Take(PageSize).ToList();
        await audit.RecordViewAsync(PersonalDataAudit.ViewAssistedRegistration, shown.Select(r => r.CitizenId), null, cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return new AssistedRegistrationPage(
            [.. shown.Select(r => new AssistedRegistrationRow(r.Id, r.Citizen, r.Officer, r.Unit.NameIn(culture), r.RegisteredAt, r.ConsentKind, r.TakenOverAt))],
            page,
            rows.Count > PageSize);
    }
}
