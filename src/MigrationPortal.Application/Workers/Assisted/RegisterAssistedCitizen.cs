using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>
/// The second step of a registration at a branch (issue 12): the officer types the code the citizen reads out, and
/// the citizen's consent is either that code (electronic consent to the current text) or the signed paper form, scanned.
/// The account is created with its phone confirmed and no password: nobody but the citizen ever sets one. The answer is
/// the new registration's id.
/// </summary>
public sealed record RegisterAssistedCitizenCommand : ICommand<Guid>, IAssistedAccountInput
{
    public string? FullName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Code { get; init; }

    public AssistedConsentKind? ConsentKind { get; init; }

    public string? FileName { get; init; }

    public byte[] Content { get; init; } = [];
}

public sealed class RegisterAssistedCitizenValidator : AbstractValidator<RegisterAssistedCitizenCommand>
{
    public RegisterAssistedCitizenValidator(IPortalDbContext db)
    {
        Include(new AssistedAccountRules<RegisterAssistedCitizenCommand>(db));
        RuleFor(x => x.Code).NotEmpty().MaximumLength(12);
        RuleFor(x => x.ConsentKind).NotEmpty().IsInEnum();
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithErrorCode(ErrorCodes.FileMissing).DependentRules(() =>
        {
            RuleFor(x => x.Content).Must(c => c.Length <= FileSniffer.MaximumBytes).WithErrorCode(ErrorCodes.FileTooLarge);
            RuleFor(x => x.FileName).Must(FileSniffer.IsBareName).WithErrorCode(ErrorCodes.FileNamePath);
            RuleFor(x => x.Content).Must(c => FileSniffer.Sniff(c) is not null).WithErrorCode(ErrorCodes.FileType);
        }).When(x => x.ConsentKind == AssistedConsentKind.SignedForm);
    }
}

public sealed class RegisterAssistedCitizenHandler(
    IPortalDbContext db,
    ICurrentUser currentUser,
    UserManager<PortalUser> userManager,
    PhoneCodes codes,
    IFileStore files,
    Notifier notifier,
    TimeProvider clock) : ICommandHandler<RegisterAssistedCitizenCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterAssistedCitizenCommand command, CancellationToken cancellationToken)
    {
        var unit = await AssistedBranch.RequireBranchAsync(db, currentUser, cancellationToken);
        var officerId = currentUser.RequireUserId();
        UzbekPhoneNumber.TryNormalize(command.Phone, out var phone);

        // A wrong code spends one of the code's tries, and that is all that is stored.
        var (result, code) = await codes.CheckAsync(phone, PhoneCodePurpose.AssistedRegistration, command.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (result != PhoneCodeCheck.Accepted)
        {
            throw result == PhoneCodeCheck.Wrong
                ? new DomainRuleException("PhoneCode.Wrong", code!.TriesLeft)
                : new DomainRuleException("PhoneCode.AskAgain");
        }

        var now = clock.GetUtcNow();
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
        var culture = CultureInfo.CurrentUICulture;
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            Kind = UserKind.Citizen,
            FullName = command.FullName!.Trim(),
            UserName = email ?? phone,
            Email = email,
            PhoneNumber = phone,
            PhoneNumberConfirmed = true,
            CreatedAt = now,
            PreferredCulture = culture.Name,
        };

        // A number nobody confirmed is not held (RegisterCitizenHandler): the account waiting on it goes.
        var registrationId = Guid.CreateVersion7();
        var unconfirmed = await userManager.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone && !u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen, cancellationToken);
        await AccountWrites.CreateAsync(db, userManager, user, null, async () =>
        {
            var profile = new WorkerProfile(user.Id, officerId, now);
            db.WorkerProfiles.Add(profile);
            db.ConsentRecords.Add(new ConsentRecord(Guid.CreateVersion7(), user.Id, await ConsentTexts.CurrentVersionAsync(db, cancellationToken), now));
            profile.GiveConsent(now);
            Guid? scan = command.ConsentKind == AssistedConsentKind.SignedForm ? files.Add(command.Content) : null;
            db.AssistedRegistrations.Add(new AssistedRegistration(registrationId, user.Id, officerId, unit.Id, command.ConsentKind!.Value, scan, now));
            await notifier.NotifyAsync(new Notice(user.Id, "Notice.AssistedRegistration", [unit.NameIn(culture)], NoticeTarget.WorkerProfile(user.Id)), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken, replacing: unconfirmed);
        return registrationId;
    }
}
