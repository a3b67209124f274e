using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

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
            .NotEqual(DestinationCountries.Home).WithErrorCode(ErrorCodes.NotUzbekistan)
            .MustAsync(async (code, ct) => await DestinationCountries.In(db).AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCountry);
        RuleFor(x => x.ValidFrom).NotEmpty();
        RuleFor(x => x.MonthlyAmount).NotEmpty().GreaterThan(0).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Currency).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync(async (code, ct) => await db.Currencies.AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCurrency);
        RuleFor(x => x.Source).NotEmpty().MaximumLength(300);
        RuleFor(x => x.ValidFrom)
            .MustAsync(async (command, from, ct) => !await db.MinimumWages.AnyAsync(w => w.CountryCode == command.CountryCode && w.ValidFrom == from && w.RetiredAt == null, ct))
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
