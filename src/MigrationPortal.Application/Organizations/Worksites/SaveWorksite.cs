using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Worksites;

/// <summary>Adds a worksite (no id) or changes one of the employer's own.</summary>
public sealed record SaveWorksiteCommand : ICommand<Guid>
{
    public Guid? Id { get; init; }

    public uint Version { get; init; }

    public string? Name { get; init; }

    public string? CountryCode { get; init; }

    public string? City { get; init; }

    public string? Address { get; init; }

    public bool HousingProvided { get; init; }
}

public sealed class SaveWorksiteValidator : AbstractValidator<SaveWorksiteCommand>
{
    public SaveWorksiteValidator(IPortalDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(150);
        RuleFor(x => x.Name)
            .MustAsync(async (command, name, ct) => !await db.Worksites.AnyAsync(w => w.Id != command.Id && w.Name == name!.Trim(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Name))
            .WithErrorCode(ErrorCodes.WorksiteNameTaken);
        RuleFor(x => x.CountryCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Countries.AnyAsync(c => c.Code == code, ct))
            .WithErrorCode(ErrorCodes.UnknownCountry);
        RuleFor(x => x.City).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Address).NotEmpty().MaximumLength(300);
    }
}

public sealed class SaveWorksiteHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<SaveWorksiteCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveWorksiteCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var details = new WorksiteDetails(command.Name!, command.CountryCode!, command.City!, command.Address!, command.HousingProvided);
        Worksite worksite;
        if (command.Id is { } id)
        {
            // The tenant filter answers "not found" for another employer's worksite.
            worksite = await db.Worksites.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw new NotFoundException();
            db.Entry(worksite).Property(w => w.Version).OriginalValue = command.Version;
            worksite.Update(details);
        }
        else
        {
            worksite = new Worksite(Guid.CreateVersion7(), details);
            db.Worksites.Add(worksite);
        }

        await db.SaveChangesAsync(cancellationToken);
        return worksite.Id;
    }
}
