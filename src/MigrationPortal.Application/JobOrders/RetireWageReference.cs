using FluentValidation;
using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// An administrator retires a minimum wage or an exchange rate: it stays listed, with its history, but no approval
/// check or dollar price uses it any more (a retired rate's currency is priced again at its previous rate).
/// </summary>
public sealed record RetireWageReferenceCommand : ICommand
{
    public WageReferenceKind Kind { get; init; }

    public long Id { get; init; }

    public uint Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class RetireWageReferenceValidator : AbstractValidator<RetireWageReferenceCommand>
{
    public RetireWageReferenceValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(WageReferences.ReasonLength);
    }
}

public sealed class RetireWageReferenceHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<RetireWageReferenceCommand>
{
    public async ValueTask<Unit> Handle(RetireWageReferenceCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var by = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        var reason = command.Reason!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (command.Kind == WageReferenceKind.MinimumWage)
        {
            var wage = await WageReferences.LoadAsync(db, db.MinimumWages.Where(w => w.Id == command.Id), command.Version, cancellationToken);
            db.WageReferenceChanges.Add(wage.Retire(reason, by, now));
            await db.SaveExpectingVersionAsync(wage, cancellationToken);
        }
        else
        {
            var rate = await WageReferences.LoadAsync(db, db.ExchangeRates.Where(r => r.Id == command.Id), command.Version, cancellationToken);
            db.WageReferenceChanges.Add(rate.Retire(reason, by, now));
            await db.SaveExpectingVersionAsync(rate, cancellationToken);
            await WageReferences.RepriceAsync(db, rate.CurrencyCode, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
