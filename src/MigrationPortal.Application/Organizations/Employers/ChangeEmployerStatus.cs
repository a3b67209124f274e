using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>
/// Suspends an active employer (a reason is required) or reactivates a suspended one. While suspended, its users cannot
/// sign in, its orders leave the public search (<see cref="JobOrders.PublicJobOrders"/>) and none of them is approved.
/// </summary>
public sealed record ChangeEmployerStatusCommand(Guid Id, bool Suspend, string? Reason) : ICommand;

public sealed class ChangeEmployerStatusValidator : AbstractValidator<ChangeEmployerStatusCommand>
{
    public ChangeEmployerStatusValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Suspend);
        RuleFor(x => x.Reason).MaximumLength(1000);
    }
}

public sealed class ChangeEmployerStatusHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ChangeEmployerStatusCommand>
{
    public async ValueTask<Unit> Handle(ChangeEmployerStatusCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (command.Suspend)
        {
            employer.Suspend(currentUser.RequireUserId(), clock.GetUtcNow(), command.Reason!);

            // Its people's open sessions end at their next request; sign-in refuses them while it stays suspended.
            foreach (var user in await db.Users.Where(u => u.OrganizationId == employer.Id).ToListAsync(cancellationToken))
            {
                user.SecurityStamp = Guid.NewGuid().ToString("N");
            }
        }
        else
        {
            employer.Reactivate(currentUser.RequireUserId(), clock.GetUtcNow(), command.Reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
