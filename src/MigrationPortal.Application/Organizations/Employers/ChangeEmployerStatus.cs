using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>Suspends an active employer (a reason is required) or reactivates a suspended one.</summary>
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
        }
        else
        {
            employer.Reactivate(currentUser.RequireUserId(), clock.GetUtcNow(), command.Reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
