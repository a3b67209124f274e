using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.JobOrders;

/// <summary>An administrator corrects a recorded minimum wage; the old figure stays in its history with the reason.</summary>
public sealed record CorrectMinimumWageCommand : ICommand
{
    public long Id { get; init; }

    public uint Version { get; init; }

    public decimal? MonthlyAmount { get; init; }

    public string? Currency { get; init; }

    public string? Reason { get; init; }
}

public sealed class CorrectMinimumWageValidator : AbstractValidator<CorrectMinimumWageCommand>
{
    public CorrectMinimumWageValidator(IPortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        RuleFor(x => x.MonthlyAmount).NotEmpty().GreaterThan(0).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Currency).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync(async (code, ct) => await db.Currencies.AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCurrency);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(WageReferences.ReasonLength);
    }
}

public sealed class CorrectMinimumWageHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<CorrectMinimumWageCommand>
{
    public async ValueTask<Unit> Handle(CorrectMinimumWageCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var wage = await WageReferences.LoadAsync(db, db.MinimumWages.Where(w => w.Id == command.Id), command.Version, cancellationToken);
        db.WageReferenceChanges.Add(wage.Correct(command.MonthlyAmount!.Value, command.Currency!, command.Reason!.Trim(), currentUser.RequireUserId(), clock.GetUtcNow()));
        await db.SaveExpectingVersionAsync(wage, cancellationToken);
        return Unit.Value;
    }
}
