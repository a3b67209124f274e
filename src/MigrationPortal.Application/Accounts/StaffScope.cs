using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Accounts;

/// <summary>What a staff account's kind ties it to: an agency unit for officers and supervisors, an employer for employer users.</summary>
public interface IStaffScope
{
    UserKind? Kind { get; }

    Guid? UnitId { get; }

    Guid? EmployerId { get; }
}

/// <summary>The one rule of kind against unit and employer, for opening an account and for changing it.</summary>
public static class StaffScope
{
    /// <summary>Officers work in a territorial branch or a representative office; a training center screens nobody.</summary>
    public static bool FitsOfficer(AgencyUnitKind kind) => kind is AgencyUnitKind.TerritorialBranch or AgencyUnitKind.RepresentativeOffice;

    public static void AddStaffScopeRules<T>(this AbstractValidator<T> validator, IPortalDbContext db)
        where T : IStaffScope
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.Kind).NotNull().IsInEnum()
            .NotEqual(UserKind.Citizen).WithErrorCode(ErrorCodes.NotStaffKind);
        validator.RuleFor(x => x.UnitId).NotNull()
            .When(x => x.Kind == UserKind.Officer)
            .WithErrorCode(ErrorCodes.KindNeedsUnit);
        validator.RuleFor(x => x.UnitId).Cascade(CascadeMode.Stop)
            .MustAsync(async (id, ct) => await db.AgencyUnits.AnyAsync(u => u.Id == id && u.IsActive, ct))
            .WithErrorCode(ErrorCodes.UnknownUnit)
            .MustAsync(async (id, ct) => FitsOfficer(await db.AgencyUnits.Where(u => u.Id == id).Select(u => u.Kind).SingleAsync(ct)))
            .When(x => x.Kind == UserKind.Officer, ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ErrorCodes.UnitKindForOfficer)
            .When(x => x.Kind is UserKind.Officer or UserKind.Supervisor && x.UnitId is not null);
        validator.RuleFor(x => x.EmployerId).NotNull()
            .When(x => x.Kind is UserKind.EmployerAdmin or UserKind.EmployerStaff)
            .WithErrorCode(ErrorCodes.KindNeedsEmployer);
        validator.RuleFor(x => x.EmployerId)
            .MustAsync(async (id, ct) => await db.Employers.AnyAsync(e => e.Id == id, ct))
            .When(x => x.Kind is UserKind.EmployerAdmin or UserKind.EmployerStaff && x.EmployerId is not null)
            .WithErrorCode(ErrorCodes.UnknownEmployer);
    }

    /// <summary>The unit an account of this kind keeps (officers and supervisors only).</summary>
    public static Guid? UnitFor(UserKind kind, Guid? unitId) => kind is UserKind.Officer or UserKind.Supervisor ? unitId : null;

    /// <summary>The employer an account of this kind belongs to (employer users only).</summary>
    public static Guid? EmployerFor(UserKind kind, Guid? employerId) => kind.IsEmployer() ? employerId : null;
}
