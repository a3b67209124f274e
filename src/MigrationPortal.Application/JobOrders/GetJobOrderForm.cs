using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// The job order form: the save command filled from one of the employer's own orders (or blank for a new one), with
/// the choices its lists offer, so the page binds the command as it comes and copies nothing.
/// </summary>
public sealed record GetJobOrderFormQuery(Guid? Id) : IQuery<JobOrderForm>;

/// <param name="RejectionReason">The agency's reason, shown while the employer corrects a rejected order.</param>
public sealed record JobOrderForm(
    SaveJobOrderCommand Command,
    string? RejectionReason,
    IReadOnlyList<Option> Countries,
    IReadOnlyList<Option> Occupations,
    IReadOnlyList<Option> Currencies,
    IReadOnlyList<Option> Languages,
    IReadOnlyList<Option> LanguageLevels);

public sealed class GetJobOrderFormHandler(IPortalDbContext db, ICurrentUser currentUser, ISender sender) : IQueryHandler<GetJobOrderFormQuery, JobOrderForm>
{
    public async ValueTask<JobOrderForm> Handle(GetJobOrderFormQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var saved = query.Id is { } id ? await ReadAsync(id, cancellationToken) : null;

        return new JobOrderForm(
            saved?.Command ?? new SaveJobOrderCommand(),
            saved?.RejectionReason,
            await sender.Send(new ListDestinationCountriesQuery(), cancellationToken),
            await sender.Send(new ListOccupationsQuery(), cancellationToken),
            await sender.Send(new ListCurrenciesQuery(), cancellationToken),
            await sender.Send(new ListLanguagesQuery(), cancellationToken),
            await sender.Send(new ListLanguageLevelsQuery(), cancellationToken));
    }

    // The tenant filter answers "not found" for another employer's order.
    private async Task<SavedOrder> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.JobOrders.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new SavedOrder(
                new SaveJobOrderCommand
                {
                    Id = o.Id,
                    Version = o.Version,
                    Title = o.Title,
                    CountryCode = o.CountryCode,
                    City = o.City,
                    OccupationCode = o.OccupationCode,
                    Positions = o.Positions,
                    WageAmount = o.WageAmount,
                    CurrencyCode = o.CurrencyCode,
                    WagePeriod = o.WagePeriod,
                    HoursPerWeek = o.HoursPerWeek,
                    ContractMonths = o.ContractMonths,
                    ProbationMonths = o.ProbationMonths,
                    OvertimeTerms = o.OvertimeTerms,
                    HousingProvided = o.HousingProvided,
                    HousingCostPerMonth = o.HousingCostPerMonth,
                    MealsProvided = o.MealsProvided,
                    MedicalInsurance = o.MedicalInsurance,
                    ReturnFlight = o.ReturnFlight,
                    Transport = o.Transport,
                    LanguageCode = o.LanguageCode,
                    MinimumLanguageLevelId = o.MinimumLanguageLevelId,
                    MinimumExperienceYears = o.MinimumExperienceYears,
                    MinimumAge = o.MinimumAge,
                    MaximumAge = o.MaximumAge,
                    ApplicationDeadline = o.ApplicationDeadline,
                    Program = o.Program,
                },
                o.Status == JobOrderStatus.Rejected ? o.RejectionReason : null))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();

    private sealed record SavedOrder(SaveJobOrderCommand Command, string? RejectionReason);
}
