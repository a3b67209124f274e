using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// An administrator corrects a staff or employer account's name, email or phone, or moves it to another kind, unit
/// or employer. A new scope ends the person's open sessions (a new security stamp), so the next page they open is
/// read with the claims of their new unit and role; the change is recorded and the person is told.
/// </summary>
public sealed record UpdateStaffAccountCommand : ICommand, IStaffScope
{
    public Guid Id { get; init; }

    public string? FullName { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public UserKind? Kind { get; init; }

    public Guid? UnitId { get; init; }

    public Guid? EmployerId { get; init; }
}

public sealed class UpdateStaffAccountValidator : AbstractValidator<UpdateStaffAccountCommand>
{
    public UpdateStaffAccountValidator(IPortalDbContext db)
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(150);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(x => x.Email)
            .MustAsync(async (command, email, ct) => !await db.Users.AnyAsync(u => u.Id != command.Id && u.NormalizedUserName == email!.Trim().ToUpperInvariant(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithErrorCode(ErrorCodes.AccountTaken);
        RuleFor(x => x.PhoneNumber)
            .Must(phone => UzbekPhoneNumber.TryNormalize(phone, out _))
            .When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber))
            .WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.PhoneNumber)
            .MustAsync(async (command, phone, ct) => !await db.Users.AnyAsync(u => u.Id != command.Id && u.PhoneNumber == Normalized(phone), ct))
            .When(x => UzbekPhoneNumber.TryNormalize(x.PhoneNumber, out _))
            .WithErrorCode(ErrorCodes.AccountTaken);
        this.AddStaffScopeRules(db);
    }

    /// <summary>The phone in its stored form (+998XXXXXXXXX), or none.</summary>
    public static string? Normalized(string? phone) => UzbekPhoneNumber.TryNormalize(phone, out var normalized) ? normalized : null;
}

public sealed class UpdateStaffAccountHandler(
    IPortalDbContext db,
    UserManager<PortalUser> userManager,
    ICurrentUser currentUser,
    Notifier notifier,
    TimeProvider clock) : ICommandHandler<UpdateStaffAccountCommand>
{
    public async ValueTask<Unit> Handle(UpdateStaffAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var user = await userManager.FindByIdAsync(command.Id.ToString()) is { Kind: not UserKind.Citizen } found ? found : throw new NotFoundException();
        var kind = command.Kind!.Value;
        if (user.Id == currentUser.UserId && kind != UserKind.Administrator)
        {
            throw new DomainRuleException("Rule.Account.OwnAdministratorRole");
        }

        if (kind.IsEmployer() != user.Kind.IsEmployer())
        {
            throw new DomainRuleException("Rule.Account.KindFamily");
        }

        var email = command.Email!.Trim();
        var phone = UpdateStaffAccountValidator.Normalized(command.PhoneNumber);
        var unitId = StaffScope.UnitFor(kind, command.UnitId);
        var employerId = StaffScope.EmployerFor(kind, command.EmployerId);
        var changed = new List<string>();
        Note(changed, nameof(command.FullName), user.FullName != command.FullName!.Trim());
        Note(changed, nameof(command.Email), user.Email != email);
        Note(changed, nameof(command.PhoneNumber), user.PhoneNumber != phone);
        Note(changed, nameof(command.Kind), user.Kind != kind);
        Note(changed, nameof(command.UnitId), user.UnitId != unitId);
        Note(changed, nameof(command.EmployerId), user.OrganizationId != employerId);
        if (changed.Count == 0)
        {
            throw new DomainRuleException("Rule.Account.Unchanged");
        }

        var previousKind = user.Kind;
        var scopeChanged = previousKind != kind || user.UnitId != unitId || user.OrganizationId != employerId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.FullName = command.FullName.Trim();
        user.Email = email;
        user.UserName = email;
        user.PhoneNumber = phone;
        user.Kind = kind;
        user.UnitId = unitId;
        user.OrganizationId = employerId;
        if (previousKind != kind)
        {
            AccountWrites.ThrowIfFailed(await userManager.RemoveFromRoleAsync(user, previousKind.ToString()));
            AccountWrites.ThrowIfFailed(await userManager.AddToRoleAsync(user, kind.ToString()));
        }

        if (scopeChanged)
        {
            AccountWrites.ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
        }
        else
        {
            AccountWrites.ThrowIfFailed(await userManager.UpdateAsync(user));
        }

        var now = clock.GetUtcNow();
        db.StatusChanges.Add(new StatusChange(StaffAccountChanges.RecordType, user.Id, previousKind.ToString(), kind.ToString(), currentUser.RequireUserId(), now, string.Join(',', changed)));
        var unitName = unitId is null
            ? "—"
            : (await db.AgencyUnits.AsNoTracking().SingleAsync(u => u.Id == unitId, cancellationToken)).NameIn(CultureInfo.GetCultureInfo(user.PreferredCulture));
        await notifier.NotifyAsync(new Notice(user.Id, StaffAccountChanges.NoticeFor(kind, scopeChanged), [user.FullName, email, unitName], NoticeTarget.Notices(user.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    private static void Note(List<string> changed, string field, bool differs)
    {
        if (differs)
        {
            changed.Add(field);
        }
    }
}
