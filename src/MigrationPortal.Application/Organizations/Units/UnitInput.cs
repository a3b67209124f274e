using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Units;

/// <summary>The administrator's form for an agency unit, shared by create and edit.</summary>
public interface IUnitInput
{
    AgencyUnitKind? Kind { get; }

    string? NameUzLatn { get; }

    string? NameUzCyrl { get; }

    string? NameRu { get; }

    string? NameEn { get; }

    int? RegionId { get; }

    string? CountryCode { get; }
}

public static class UnitInputRules
{
    public static void AddUnitRules<T>(this AbstractValidator<T> validator, IPortalDbContext db)
        where T : IUnitInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.Kind).NotNull().IsInEnum();
        validator.RuleFor(x => x.NameUzLatn).NotEmpty().MaximumLength(200);
        validator.RuleFor(x => x.NameUzCyrl).NotEmpty().MaximumLength(200);
        validator.RuleFor(x => x.NameRu).NotEmpty().MaximumLength(200);
        validator.RuleFor(x => x.NameEn).NotEmpty().MaximumLength(200);

        // A representative office sits in a country abroad; a branch or a center in a territorial unit.
        validator.RuleFor(x => x.CountryCode).NotEmpty()
            .When(x => x.Kind == AgencyUnitKind.RepresentativeOffice)
            .WithErrorCode(ErrorCodes.UnitKindPlace);
        validator.RuleFor(x => x.CountryCode)
            .MustAsync(async (code, ct) => await db.Countries.AnyAsync(c => c.Code == code, ct))
            .When(x => x.Kind == AgencyUnitKind.RepresentativeOffice && !string.IsNullOrEmpty(x.CountryCode))
            .WithErrorCode(ErrorCodes.UnknownCountry);
        validator.RuleFor(x => x.RegionId).NotNull()
            .When(x => x.Kind is AgencyUnitKind.TerritorialBranch or AgencyUnitKind.TrainingCenter)
            .WithErrorCode(ErrorCodes.UnitKindPlace);
        validator.RuleFor(x => x.RegionId)
            .MustAsync(async (id, ct) => await db.Regions.AnyAsync(r => r.Id == id, ct))
            .When(x => x.Kind is AgencyUnitKind.TerritorialBranch or AgencyUnitKind.TrainingCenter && x.RegionId is not null)
            .WithErrorCode(ErrorCodes.UnknownRegion);
    }

    public static LocalizedText ToName(this IUnitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new LocalizedText(input.NameUzLatn!.Trim(), input.NameUzCyrl!.Trim(), input.NameRu!.Trim(), input.NameEn!.Trim());
    }
}
