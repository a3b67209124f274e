using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

public sealed record AddExchangeRateCommand : ICommand
{
    public string? Currency { get; init; }

    public DateOnly? RateDate { get; init; }

    public decimal? UsdPerUnit { get; init; }
}

public sealed class AddExchangeRateValidator : AbstractValidator<AddExchangeRateCommand>
{
    public AddExchangeRateValidator(IPortalDbContext db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        RuleFor(x => x.Currency).Cascade(CascadeMode.Stop).NotEmpty()
            .NotEqual("USD").WithErrorCode(ErrorCodes.NotUsd)
            .MustAsync(async (code, ct) => await db.Currencies.AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCurrency);
        RuleFor(x => x.RateDate).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(date => date <= WageReferences.AgencyToday(clock)).WithErrorCode(ErrorCodes.DateInFuture)
            .MustAsync(async (command, date, ct) => !await db.ExchangeRates.AnyAsync(r => r.CurrencyCode == command.Currency && r.Date == date && r.RetiredAt == null, ct))
            .When(x => !string.IsNullOrEmpty(x.Currency), ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ErrorCodes.ExchangeRateExists);
        RuleFor(x => x.UsdPerUnit).NotEmpty().GreaterThan(0).PrecisionScale(18, 8, ignoreTrailingZeros: true);
    }
}

/// <summary>
/// Records a rate. When it is the currency's latest, every job order in that currency gets its US-dollar wage from
/// it at once (<see cref="WageReferences.RepriceAsync"/>), so the search's wage filter and sort follow the agency's newest figure.
/// </summary>
public sealed class AddExchangeRateHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<AddExchangeRateCommand>
{
    public async ValueTask<Unit> Handle(AddExchangeRateCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ExchangeRates.Add(new ExchangeRate(command.Currency!, command.RateDate!.Value, command.UsdPerUnit!.Value));
        await WageReferences.SaveUniqueAsync(db, nameof(AddExchangeRateCommand.RateDate), ErrorCodes.ExchangeRateExists, cancellationToken);
        await WageReferences.RepriceAsync(db, command.Currency!, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
