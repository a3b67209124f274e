using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>Step 2: the passport's series and number with its issue and expiry dates.</summary>
public sealed record SavePassportCommand : ICommand
{
    public string? Number { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }
}

public sealed class SavePassportValidator : AbstractValidator<SavePassportCommand>
{
    public SavePassportValidator(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        // Once saved, the number is shown masked; leaving the field empty keeps the saved one.
        RuleFor(x => x.Number).NotEmpty()
            .WhenAsync(async (_, ct) => !await db.WorkerProfiles.AnyAsync(p => p.Id == currentUser.UserId && p.PassportCipher != null, ct));
        RuleFor(x => x.Number).Must(n => PassportNumber.TryParse(n, out _)).WithErrorCode(ErrorCodes.PassportFormat)
            .When(x => !string.IsNullOrWhiteSpace(x.Number));
        RuleFor(x => x.IssuedOn).NotEmpty();
        RuleFor(x => x.ExpiresOn).NotEmpty();

        // Expired, or valid for less than six months: refused with the reason (issue 3).
        RuleFor(x => x).Custom((command, context) =>
        {
            if (command is not { IssuedOn: { } issued, ExpiresOn: { } expires })
            {
                return;
            }

            var (property, code) = PassportValidity.Check(issued, expires, AgencyCalendar.Today(clock)) switch
            {
                PassportDateProblem.IssuedInFuture => (nameof(SavePassportCommand.IssuedOn), ErrorCodes.PassportIssuedInFuture),
                PassportDateProblem.ExpiresBeforeIssue => (nameof(SavePassportCommand.ExpiresOn), ErrorCodes.PassportExpiresBeforeIssue),
                PassportDateProblem.Expired => (nameof(SavePassportCommand.ExpiresOn), ErrorCodes.PassportExpired),
                PassportDateProblem.ExpiresSoon => (nameof(SavePassportCommand.ExpiresOn), ErrorCodes.PassportExpiresSoon),
                _ => ("", ""),
            };
            if (code.Length > 0)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(property, code) { ErrorCode = code });
            }
        });
    }
}

public sealed class SavePassportHandler(IPortalDbContext db, ICurrentUser currentUser, IPersonalNumberProtector protector, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<SavePassportCommand>
{
    public async ValueTask<Unit> Handle(SavePassportCommand command, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(command.Number))
        {
            var hash = await protector.LookupHashAsync(PersonalNumberKind.Passport, Parsed(command.Number).Value, cancellationToken);
            await CitizenProfiles.ClaimNumberAsync(db, audit, currentUser, clock, PersonalNumberKind.Passport, hash, cancellationToken);
        }

        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var before = profile.Status;
        var sealedPassport = string.IsNullOrWhiteSpace(command.Number)
            ? new SealedValue(profile.PassportCipher!, profile.PassportHash!)
            : await protector.SealAsync(PersonalNumberKind.Passport, Parsed(command.Number).Value, cancellationToken);
        var now = clock.GetUtcNow();
        profile.UpdatePassport(sealedPassport, command.IssuedOn!.Value, command.ExpiresOn!.Value, DateOnly.FromDateTime(now.UtcDateTime), currentUser.RequireUserId(), now);
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }

    private static PassportNumber Parsed(string number)
    {
        PassportNumber.TryParse(number, out var passport);
        return passport!;
    }
}
