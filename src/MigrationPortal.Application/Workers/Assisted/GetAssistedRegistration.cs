using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>One registration made at a branch, with the profile as filled so far, for the agency's pages.</summary>
public sealed record GetAssistedRegistrationQuery(Guid Id) : IQuery<AssistedRegistrationDetails>;

public sealed record AssistedRegistrationDetails
{
    public Guid Id { get; init; }

    public string CitizenName { get; init; } = "";

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string Unit { get; init; } = "";

    public DateTimeOffset RegisteredAt { get; init; }

    public AssistedConsentKind ConsentKind { get; init; }

    public DateTimeOffset? TakenOverAt { get; init; }

    /// <summary>Whether the reader may still fill the profile: an officer of the record's unit, before the take-over.</summary>
    public bool CanAct { get; init; }

    public ProfileStatus Status { get; init; }

    public string? LastName { get; init; }

    public string? FirstName { get; init; }

    public string? Patronymic { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Sex? Sex { get; init; }

    public bool HasPinfl { get; init; }

    public string? ProfilePhone { get; init; }

    public int? DistrictId { get; init; }

    public string? Residence { get; init; }

    public IReadOnlyList<EducationItem> Educations { get; init; } = [];

    public IReadOnlyList<WorkItem> WorkHistory { get; init; } = [];

    public IReadOnlyList<ProfessionItem> Professions { get; init; } = [];

    public IReadOnlyList<LanguageItem> Languages { get; init; } = [];

    public IReadOnlyList<AssistedMark> Marks { get; init; } = [];
}

public sealed class GetAssistedRegistrationHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit)
    : IQueryHandler<GetAssistedRegistrationQuery, AssistedRegistrationDetails>
{
    public async ValueTask<AssistedRegistrationDetails> Handle(GetAssistedRegistrationQuery query, CancellationToken cancellationToken)
    {
        // Another unit's registration is "not found" to an officer: nobody learns it exists.
        var registration = await db.AssistedRegistrations.AsNoTracking().VisibleTo(currentUser)
            .SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();
        await audit.RecordViewAsync(PersonalDataAudit.ViewAssistedRegistration, registration.CitizenId, null, cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == registration.CitizenId, cancellationToken);
        var unit = await db.AgencyUnits.AsNoTracking().SingleAsync(u => u.Id == registration.UnitId, cancellationToken);
        var profile = await db.WorkerProfiles.AsNoTracking().SingleAsync(p => p.Id == registration.CitizenId, cancellationToken);
        var names = await ReferenceNames.LoadAsync(db, profile, culture, cancellationToken);
        return new AssistedRegistrationDetails
        {
            Id = registration.Id,
            CitizenName = account.FullName,
            Phone = account.PhoneNumber,
            Email = account.Email,
            Unit = unit.NameIn(culture),
            RegisteredAt = registration.RegisteredAt,
            ConsentKind = registration.ConsentKind,
            TakenOverAt = registration.TakenOverAt,
            CanAct = currentUser.Kind == UserKind.Officer && !registration.IsTakenOver,
            Status = profile.Status,
            LastName = profile.LastName,
            FirstName = profile.FirstName,
            Patronymic = profile.Patronymic,
            BirthDate = profile.BirthDate,
            Sex = profile.Sex,
            HasPinfl = profile.PinflCipher is not null,
            ProfilePhone = profile.Phone,
            DistrictId = profile.DistrictId,
            Residence = names.Residence,
            Educations = [.. profile.Educations.Select(e => new EducationItem(e.Id, e.Level, e.Field, e.Institution, e.GraduationYear))],
            WorkHistory = [.. profile.WorkHistory.Select(w => new WorkItem(w.Id, w.Employer, w.Position, names.Country(w.CountryCode), w.StartYear, w.EndYear))],
            Professions = [.. profile.Professions.Select(p => new ProfessionItem(p.Id, p.OccupationCode, names.Occupation(p.OccupationCode), p.YearsOfExperience))],
            Languages = [.. profile.Languages.Select(l => new LanguageItem(l.Id, names.Language(l.LanguageCode), names.Level(l.LevelId), l.Certificate))],
            Marks = await AssistedMarks.ReadAsync(db, registration.Entries, cancellationToken),
        };
    }
}
