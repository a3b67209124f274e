using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// The administrator opens an account for agency or employer staff (never self-registered). The person
/// gets an invitation email with a link to choose their own password.
/// </summary>
public sealed record CreateStaffAccountCommand : ICommand<Guid>, IStaffScope
{
    public string? FullName { get; init; }

    public string? Email { get; init; }

    public UserKind? Kind { get; init; }

    public Guid? UnitId { get; init; }

    public Guid? EmployerId { get; init; }
}

public sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccountCommand>
{
    public CreateStaffAccountValidator(IPortalDbContext db)
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(150);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(x => x.Email)
            .MustAsync(async (email, ct) => !await db.Users.AnyAsync(u => u.NormalizedUserName == email!.Trim().ToUpperInvariant(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithErrorCode(ErrorCodes.AccountTaken);
        this.AddStaffScopeRules(db);
    }
}

public sealed class CreateStaffAccountHandler(
    IPortalDbContext db,
    UserManager<PortalUser> userManager,
    ICurrentUser currentUser,
    IPortalEmails emails,
    TimeProvider clock) : ICommandHandler<CreateStaffAccountCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateStaffAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var kind = command.Kind!.Value;
        var email = command.Email!.Trim();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            FullName = command.FullName!.Trim(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            OrganizationId = StaffScope.EmployerFor(kind, command.EmployerId),
            UnitId = StaffScope.UnitFor(kind, command.UnitId),
            CreatedAt = clock.GetUtcNow(),
        };
        await AccountWrites.CreateAsync(db, userManager, user, password: null, async () =>
        {
            var token = await userManager.GenerateUserTokenAsync(user, AccountTokens.InvitationProvider, AccountTokens.InvitationPurpose);
            var invitation = emails.StaffInvitation(user.FullName, user.Id, token);
            db.Enqueue(clock, email, invitation.Subject, invitation.Body);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return user.Id;
    }
}
