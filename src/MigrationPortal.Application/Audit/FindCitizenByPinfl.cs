using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Audit;

/// <summary>The citizen whose profile holds a PINFL, for the log's citizen filter: looked up by its keyed hash, never stored or logged.</summary>
public sealed record FindCitizenByPinflQuery : IQuery<Guid?>
{
    public string? Pinfl { get; init; }
}

public sealed class FindCitizenByPinflValidator : AbstractValidator<FindCitizenByPinflQuery>
{
    public FindCitizenByPinflValidator() =>
        RuleFor(x => x.Pinfl)
            .NotEmpty()
            .Must(p => Pinfl.TryParse(p?.Trim(), out _) == PinflProblem.None)
            .WithErrorCode(ErrorCodes.PinflFormat);
}

public sealed class FindCitizenByPinflHandler(IPortalDbContext db, ICurrentUser currentUser, IPersonalNumberProtector protector)
    : IQueryHandler<FindCitizenByPinflQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindCitizenByPinflQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var hash = await protector.LookupHashAsync(PersonalNumberKind.Pinfl, query.Pinfl!.Trim(), cancellationToken);
        return await db.WorkerProfiles.AsNoTracking()
            .Where(p => p.PinflHash == hash)
            .Select(p => (Guid?)p.CitizenId)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
