using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Organizations.Employers;

public sealed record UpdateEmployerCommand : ICommand, IEmployerInput
{
    public Guid Id { get; init; }

    /// <summary>The version the administrator saw; a newer one in the database means someone else saved first.</summary>
    public uint Version { get; init; }

    public string? LegalName { get; init; }

    public string? CountryCode { get; init; }

    public string? RegistrationNumber { get; init; }

    public string? AgreementNumber { get; init; }

    public DateOnly? AgreementValidFrom { get; init; }

    public DateOnly? AgreementValidTo { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }
}

public sealed class UpdateEmployerValidator : AbstractValidator<UpdateEmployerCommand>
{
    public UpdateEmployerValidator(IPortalDbContext db)
    {
        this.AddEmployerRules(db, x => x.Id);
    }
}

public sealed class UpdateEmployerHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateEmployerCommand>
{
    public async ValueTask<Unit> Handle(UpdateEmployerCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(employer, command.Version);
        employer.Update(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
