using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using Npgsql;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// The reference tables administrators keep for job orders (issue 4): destinations' minimum wages, which approval
/// checks orders against, and the dated exchange rates that put every wage in US dollars for search.
/// </summary>
public static class WageReferences
{
    /// <summary>Both tables grow by a few rows a year per country or currency; the newest rows are what is read.</summary>
    public const int ListLimit = 200;

    public static DateOnly AgencyToday(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return AgencyCalendar.Today(clock);
    }

    /// <summary>Saves; a row another administrator added a moment earlier gets the same message as the validator's.</summary>
    public static async Task SaveUniqueAsync(IPortalDbContext db, string property, string errorCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ValidationException([new ValidationFailure(property, errorCode) { ErrorCode = errorCode }]);
        }
    }
}

public sealed record MinimumWageRow(long Id, string Country, DateOnly ValidFrom, decimal MonthlyAmount, string CurrencyCode, string Source);

public sealed record ListMinimumWagesQuery : IQuery<IReadOnlyList<MinimumWageRow>>;

public sealed class ListMinimumWagesHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMinimumWagesQuery, IReadOnlyList<MinimumWageRow>>
{
    public async ValueTask<IReadOnlyList<MinimumWageRow>> Handle(ListMinimumWagesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var rows = await db.MinimumWages.AsNoTracking()
            .Join(db.Countries, w => w.CountryCode, c => c.Code, (w, c) => new { w, c })
            .OrderByDescending(x => x.w.ValidFrom).ThenByDescending(x => x.w.Id)
            .Take(WageReferences.ListLimit)
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return [.. rows.Select(x => new MinimumWageRow(x.w.Id, x.c.NameIn(culture), x.w.ValidFrom, x.w.MonthlyAmount, x.w.CurrencyCode, x.w.Source))];
    }
}

public sealed record AddMinimumWageCommand : ICommand
{
    public string? CountryCode { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public decimal? MonthlyAmount { get; init; }

    public string? Currency { get; init; }

    public string? Source { get; init; }
}

public sealed class AddMinimumWageValidator : AbstractValidator<AddMinimumWageCommand>
{
    public AddMinimumWageValidator(IPortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        RuleFor(x => x.CountryCode).Cascade(CascadeMode.Stop).NotEmpty()
            .NotEqual("UZ").WithErrorCode(ErrorCodes.NotUzbekistan)
            .MustAsync(async (code, ct) => await db.Countries.AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCountry);
        RuleFor(x => x.ValidFrom).NotEmpty();
        RuleFor(x => x.MonthlyAmount).NotEmpty().GreaterThan(0).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Currency).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync(async (code, ct) => await db.Currencies.AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCurrency);
        RuleFor(x => x.Source).NotEmpty().MaximumLength(300);
        RuleFor(x => x.ValidFrom)
            .MustAsync(async (command, from, ct) => !await db.MinimumWages.AnyAsync(w => w.CountryCode == command.CountryCode && w.ValidFrom == from, ct))
            .When(x => x.ValidFrom is not null && !string.IsNullOrEmpty(x.CountryCode))
            .WithErrorCode(ErrorCodes.MinimumWageExists);
    }
}

public sealed class AddMinimumWageHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<AddMinimumWageCommand>
{
    public async ValueTask<Unit> Handle(AddMinimumWageCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        db.MinimumWages.Add(new MinimumWage(command.CountryCode!, command.ValidFrom!.Value, command.MonthlyAmount!.Value, command.Currency!, command.Source!.Trim()));
        await WageReferences.SaveUniqueAsync(db, nameof(AddMinimumWageCommand.ValidFrom), ErrorCodes.MinimumWageExists, cancellationToken);
        return Unit.Value;
    }
}

public sealed record ExchangeRateRow(long Id, string CurrencyCode, DateOnly Date, decimal UsdPerUnit);

public sealed record ListExchangeRatesQuery : IQuery<IReadOnlyList<ExchangeRateRow>>;

public sealed class ListExchangeRatesHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListExchangeRatesQuery, IReadOnlyList<ExchangeRateRow>>
{
    public async ValueTask<IReadOnlyList<ExchangeRateRow>> Handle(ListExchangeRatesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        return await db.ExchangeRates.AsNoTracking()
            .OrderByDescending(r => r.Date).ThenBy(r => r.CurrencyCode)
            .Take(WageReferences.ListLimit)
            .Select(r => new ExchangeRateRow(r.Id, r.CurrencyCode, r.Date, r.UsdPerUnit))
            .ToListAsync(cancellationToken);
    }
}

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
            .MustAsync(async (command, date, ct) => !await db.ExchangeRates.AnyAsync(r => r.CurrencyCode == command.Currency && r.Date == date, ct))
            .When(x => !string.IsNullOrEmpty(x.Currency), ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ErrorCodes.ExchangeRateExists);
        RuleFor(x => x.UsdPerUnit).NotEmpty().GreaterThan(0).PrecisionScale(18, 8, ignoreTrailingZeros: true);
    }
}

/// <summary>
/// Records a rate. When it is the currency's latest, every job order in that currency gets its US-dollar wage from
/// it at once (one UPDATE), so the search's wage filter and sort follow the agency's newest figure.
/// </summary>
public sealed class AddExchangeRateHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<AddExchangeRateCommand>
{
    public async ValueTask<Unit> Handle(AddExchangeRateCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var currency = command.Currency!;
        var rate = command.UsdPerUnit!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ExchangeRates.Add(new ExchangeRate(currency, command.RateDate!.Value, rate));
        await WageReferences.SaveUniqueAsync(db, nameof(AddExchangeRateCommand.RateDate), ErrorCodes.ExchangeRateExists, cancellationToken);
        if (!await db.ExchangeRates.AnyAsync(r => r.CurrencyCode == currency && r.Date > command.RateDate, cancellationToken))
        {
            await db.JobOrders
                .Where(o => o.CurrencyCode == currency)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.MonthlyWageUsd, o => Math.Round(o.MonthlyWage * rate, 2)), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
