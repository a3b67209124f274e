using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record SavePreferredCountriesCommand : ICommand
{
    public List<string> CountryCodes { get; init; } = [];
}

public sealed class SavePreferredCountriesValidator : AbstractValidator<SavePreferredCountriesCommand>
{
    public const int MaximumCountries = 10;

    public SavePreferredCountriesValidator(IPortalDbContext db)
    {
        RuleFor(x => x.CountryCodes).Must(codes => codes.Count is > 0 and <= MaximumCountries).WithErrorCode(ErrorCodes.ChooseCountries);
        RuleFor(x => x.CountryCodes)
            .MustAsync(async (codes, ct) => await db.Countries.CountAsync(c => codes.Contains(c.Code) && c.Code != "UZ", ct) == codes.Distinct().Count())
            .When(x => x.CountryCodes.Count is > 0 and <= MaximumCountries)
            .WithErrorCode(ErrorCodes.UnknownCountry);
    }
}

public sealed class SavePreferredCountriesHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<SavePreferredCountriesCommand>
{
    public ValueTask<Unit> Handle(SavePreferredCountriesCommand command, CancellationToken cancellationToken) =>
        CitizenProfiles.ChangeAsync(db, currentUser, notifier, clock, (profile, by, at) => profile.SetPreferredCountries(command.CountryCodes, by, at), cancellationToken);
}
