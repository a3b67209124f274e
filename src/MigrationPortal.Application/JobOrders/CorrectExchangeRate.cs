using FluentValidation;
using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// An administrator corrects a recorded rate; the old rate stays in its history with the reason, and the orders in
/// its currency are priced again in dollars.
/// </summary>
public sealed record CorrectExchangeRateCommand : ICommand
{
    public long Id { get; init; }

    public uint Version { get; init; }

    public decimal? UsdPerUnit { get; init; }

    public string? Reason { get; init; }
}

public sealed class CorrectExchangeRateValidator : AbstractValidator<CorrectExchangeRateCommand>
{
    public CorrectExchangeRateValidator()
    {
        RuleFor(x => x.UsdPerUnit).NotEmpty().GreaterThan(0).PrecisionScale(18, 8, ignoreTrailingZeros: true);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(WageReferences.ReasonLength);
    }
}

public sealed class CorrectExchangeRateHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<CorrectExchangeRateCommand>
{
    public async ValueTask<Unit> Handle(CorrectExchangeRateCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var rate = await WageReferences.LoadAsync(db, db.ExchangeRates.Where(r => r.Id == command.Id), command.Version, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.WageReferenceChanges.Add(rate.Correct(command.UsdPerUnit!.Value, command.Reason!.Trim(), currentUser.RequireUserId(), clock.GetUtcNow()));
        await db.SaveExpectingVersionAsync(rate, cancellationToken);
        await WageReferences.RepriceAsync(db, rate.CurrencyCode, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
