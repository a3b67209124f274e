using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>Step 1: names as in the passport (Latin), birth date, sex, PINFL, phone and district of residence.</summary>
public sealed record SavePersonalDetailsCommand : ICommand
{
    public string? LastName { get; init; }

    public string? FirstName { get; init; }

    public string? Patronymic { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Sex? Sex { get; init; }

    public string? Pinfl { get; init; }

    public string? Phone { get; init; }

    public int? DistrictId { get; init; }
}

public sealed partial class SavePersonalDetailsValidator : AbstractValidator<SavePersonalDetailsCommand>
{
    public const int MinimumAge = 18;
    public const int MaximumAge = 65;

    public SavePersonalDetailsValidator(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        // Names, birth date, sex and PINFL vouched for by OneID are not the citizen's to change: whatever the form
        // posts for them is neither checked nor used (docs/design/domain.md, Worker profile).
        WhenAsync(async (_, ct) => !await IsIdentityLockedAsync(db, currentUser, ct), () =>
        {
            RuleFor(x => x.LastName).NotEmpty().MaximumLength(60).Matches(LatinName()).WithErrorCode(ErrorCodes.LatinLetters);
            RuleFor(x => x.FirstName).NotEmpty().MaximumLength(60).Matches(LatinName()).WithErrorCode(ErrorCodes.LatinLetters);
            RuleFor(x => x.Patronymic).MaximumLength(60).Matches(LatinName()).WithErrorCode(ErrorCodes.LatinLetters)
                .When(x => !string.IsNullOrWhiteSpace(x.Patronymic));
            RuleFor(x => x.BirthDate).NotEmpty();
            RuleFor(x => x.BirthDate)
                .Must(birth => Age(birth!.Value, AgencyCalendar.Today(clock)) is >= MinimumAge and <= MaximumAge)
                .When(x => x.BirthDate is not null)
                .WithErrorCode(ErrorCodes.WorkingAge);
            RuleFor(x => x.Sex).NotEmpty().IsInEnum();

            // Once saved, the PINFL is never shown again in full; leaving the field empty keeps the saved one.
            RuleFor(x => x.Pinfl).NotEmpty()
                .WhenAsync(async (_, ct) => !await db.WorkerProfiles.AnyAsync(p => p.Id == currentUser.UserId && p.PinflCipher != null, ct));
            RuleFor(x => x.Pinfl).Custom((value, context) =>
            {
                var code = global::MigrationPortal.Domain.Workers.Pinfl.TryParse(value, out var pinfl) switch
                {
                    PinflProblem.Format => ErrorCodes.PinflFormat,
                    PinflProblem.CheckDigit => ErrorCodes.PinflCheckDigit,
                    PinflProblem.BirthDate => ErrorCodes.PinflBirthDate,
                    _ => context.InstanceToValidate is { BirthDate: { } birth, Sex: { } sex } && !pinfl!.AgreesWith(birth, sex)
                        ? ErrorCodes.PinflDisagrees
                        : null,
                };
                if (code is not null)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, code) { ErrorCode = code });
                }
            }).When(x => !string.IsNullOrWhiteSpace(x.Pinfl));
        });
        RuleFor(x => x.Phone).Must(phone => UzbekPhoneNumber.TryNormalize(phone, out _)).WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.DistrictId).NotEmpty()
            .MustAsync(async (id, ct) => await db.Districts.AnyAsync(d => d.Id == id, ct))
            .When(x => x.DistrictId is not null)
            .WithErrorCode(ErrorCodes.UnknownDistrict);
    }

    public static Task<bool> IsIdentityLockedAsync(IPortalDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        db.WorkerProfiles.AnyAsync(p => p.Id == currentUser.UserId && p.IdentitySource != null, cancellationToken);

    public static int Age(DateOnly birthDate, DateOnly today) =>
        today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);

    // Names as the passport writes them in Latin: letters, the Uzbek o‘ and g‘ marks, apostrophes, hyphens and spaces.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z‘’ʻʼ'`\- ]*$")]
    private static partial Regex LatinName();
}

public sealed class SavePersonalDetailsHandler(IPortalDbContext db, ICurrentUser currentUser, IPersonalNumberProtector protector, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<SavePersonalDetailsCommand>
{
    public async ValueTask<Unit> Handle(SavePersonalDetailsCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        if (TypedPinfl(profile, command) is { } typedPinfl)
        {
            var hash = await protector.LookupHashAsync(PersonalNumberKind.Pinfl, typedPinfl, cancellationToken);
            await CitizenProfiles.ClaimNumberAsync(db, audit, currentUser, clock, PersonalNumberKind.Pinfl, hash, cancellationToken);
        }

        var before = profile.Status;
        await ApplyAsync(db, protector, profile, command, currentUser.RequireUserId(), clock.GetUtcNow(), cancellationToken);
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }

    /// <summary>The PINFL the form brings, when it brings one that may be used: none when it is left empty or OneID vouches for the saved one.</summary>
    internal static string? TypedPinfl(WorkerProfile profile, SavePersonalDetailsCommand command) =>
        profile.IsIdentityLocked || string.IsNullOrWhiteSpace(command.Pinfl) ? null : command.Pinfl.Trim();

    /// <summary>
    /// Writes validated details into a profile, as its citizen or an officer filling it with them (issue 12) enters them.
    /// Vouched for by OneID: the saved names, birth date, sex and PINFL stay, whatever was posted for them.
    /// </summary>
    internal static async Task ApplyAsync(IPortalDbContext db, IPersonalNumberProtector protector, WorkerProfile profile, SavePersonalDetailsCommand command, Guid by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Pinfl.TryParse(TypedPinfl(profile, command) ?? protector.Unseal(profile.PinflCipher!), out var pinfl);
        UzbekPhoneNumber.TryNormalize(command.Phone, out var phone);
        var district = await db.Districts.AsNoTracking().SingleAsync(d => d.Id == command.DistrictId, cancellationToken);
        var unitId = await db.AgencyUnits.AsNoTracking()
            .Where(u => u.Kind == AgencyUnitKind.TerritorialBranch && u.RegionId == district.RegionId)
            .Select(u => u.Id)
            .SingleAsync(cancellationToken);
        var sealedPinfl = await protector.SealAsync(PersonalNumberKind.Pinfl, pinfl!.Value, cancellationToken);
        var details = profile.IsIdentityLocked
            ? new PersonalDetails(profile.LastName!, profile.FirstName!, profile.Patronymic, profile.BirthDate!.Value, profile.Sex!.Value, phone, district.RegionId, district.Id, unitId)
            : new PersonalDetails(command.LastName!, command.FirstName!, command.Patronymic, command.BirthDate!.Value, command.Sex!.Value, phone, district.RegionId, district.Id, unitId);
        profile.UpdatePersonal(details, pinfl, sealedPinfl, by, at);
    }
}
