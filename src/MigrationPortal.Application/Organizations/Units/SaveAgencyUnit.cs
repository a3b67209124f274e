using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Units;

/// <summary>Creates an agency unit (no id) or changes one; a unit's kind is fixed once it exists.</summary>
public sealed record SaveAgencyUnitCommand : ICommand<Guid>, IUnitInput
{
    public Guid? Id { get; init; }

    public AgencyUnitKind? Kind { get; init; }

    public string? NameUzLatn { get; init; }

    public string? NameUzCyrl { get; init; }

    public string? NameRu { get; init; }

    public string? NameEn { get; init; }

    public int? RegionId { get; init; }

    public string? CountryCode { get; init; }

    public bool IsActive { get; init; } = true;

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? OpeningHours { get; init; }
}

public sealed class SaveAgencyUnitValidator : AbstractValidator<SaveAgencyUnitCommand>
{
    public SaveAgencyUnitValidator(IPortalDbContext db)
    {
        this.AddUnitRules(db);

        // What the public contact page shows of the unit; a phone with its country code, since offices are abroad.
        RuleFor(x => x.Address).MaximumLength(300);
        RuleFor(x => x.OpeningHours).MaximumLength(200);
        RuleFor(x => x.Phone).MaximumLength(40)
            .Matches(@"^\+[0-9 ()\-]{7,39}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithErrorCode(ErrorCodes.InternationalPhoneFormat);
    }
}

public sealed class SaveAgencyUnitHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<SaveAgencyUnitCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveAgencyUnitCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var regionId = command.Kind == AgencyUnitKind.RepresentativeOffice ? null : command.RegionId;
        var countryCode = command.Kind == AgencyUnitKind.RepresentativeOffice ? command.CountryCode : null;
        AgencyUnit unit;
        if (command.Id is { } id)
        {
            unit = await db.AgencyUnits.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException();
            if (unit.Kind != command.Kind)
            {
                throw new Domain.Common.DomainRuleException("Rule.Unit.KindFixed");
            }

            unit.Rename(command.ToName());
            unit.Relocate(regionId, countryCode);
        }
        else
        {
            unit = new AgencyUnit(Guid.CreateVersion7(), command.Kind!.Value, command.ToName(), regionId, countryCode);
            db.AgencyUnits.Add(unit);
        }

        unit.SetContact(command.Address, command.Phone, command.OpeningHours);
        if (command.IsActive)
        {
            unit.Activate();
        }
        else
        {
            unit.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }
}
