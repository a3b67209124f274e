using FluentValidation;
using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Employers;

public sealed record CreateEmployerCommand : ICommand<Guid>, IEmployerInput
{
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

public sealed class CreateEmployerValidator : AbstractValidator<CreateEmployerCommand>
{
    public CreateEmployerValidator(IPortalDbContext db)
    {
        this.AddEmployerRules(db, _ => null);
    }
}

public sealed class CreateEmployerHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateEmployerCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateEmployerCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var employer = new Employer(Guid.CreateVersion7(), command.ToDetails(), currentUser.RequireUserId(), clock.GetUtcNow());
        db.Employers.Add(employer);
        await db.SaveChangesAsync(cancellationToken);
        return employer.Id;
    }
}
