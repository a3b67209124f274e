using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.JobOrders;

/// <summary>The whole job order form: a new draft (no id), or the terms of a draft or a rejected order.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty]
    public SaveJobOrderCommand Input { get; set; } = new();

    [FromRoute]
    public Guid? Id { get; set; }

    /// <summary>The order being changed; null for a new one.</summary>
    public JobOrderDetails? Order { get; private set; }

    /// <summary>The agency's reason, shown while the employer corrects a rejected order.</summary>
    public string? RejectionReason => Order is { Status: JobOrderStatus.Rejected } rejected ? rejected.RejectionReason : null;

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public IReadOnlyList<Option> Occupations { get; private set; } = [];

    public IReadOnlyList<Option> Currencies { get; private set; } = [];

    public IReadOnlyList<Option> Languages { get; private set; } = [];

    public IReadOnlyList<Option> LanguageLevels { get; private set; } = [];

    public IReadOnlyList<Option> WagePeriods => [.. Enum.GetValues<WagePeriod>().Select(p => new Option(p.ToString(), text[$"WagePeriod.{p}"]))];

    public IReadOnlyList<Option> Programs => [.. Enum.GetValues<RecruitmentProgram>().Select(p => new Option(p.ToString(), text[$"RecruitmentProgram.{p}"]))];

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        if (Order is { } order)
        {
            var terms = order.Terms;
            Input = new SaveJobOrderCommand
            {
                Version = order.Version,
                Title = terms.Title,
                CountryCode = terms.CountryCode,
                City = terms.City,
                OccupationCode = terms.OccupationCode,
                Positions = terms.Positions,
                WageAmount = terms.Wage.Amount,
                CurrencyCode = terms.Wage.CurrencyCode,
                WagePeriod = terms.WagePeriod,
                HoursPerWeek = terms.HoursPerWeek,
                ContractMonths = terms.ContractMonths,
                ProbationMonths = terms.ProbationMonths,
                OvertimeTerms = terms.OvertimeTerms,
                HousingProvided = terms.HousingProvided,
                HousingCostPerMonth = terms.HousingCostPerMonth,
                MealsProvided = terms.MealsProvided,
                MedicalInsurance = terms.MedicalInsurance,
                ReturnFlight = terms.ReturnFlight,
                Transport = terms.Transport,
                LanguageCode = terms.LanguageCode,
                MinimumLanguageLevelId = terms.MinimumLanguageLevelId,
                MinimumExperienceYears = terms.MinimumExperienceYears,
                MinimumAge = terms.MinimumAge,
                MaximumAge = terms.MaximumAge,
                ApplicationDeadline = terms.ApplicationDeadline,
                Program = terms.Program,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The id comes from the route; which organization it belongs to, from the signed-in user's claims.
        var id = await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return Redirect($"/Employer/JobOrders/View/{id}");
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Order = await sender.Send(new GetMyJobOrderQuery(id), cancellationToken);
        }

        Countries = await sender.Send(new ListDestinationCountriesQuery(), cancellationToken);
        Occupations = await sender.Send(new ListOccupationsQuery(), cancellationToken);
        Currencies = await sender.Send(new ListCurrenciesQuery(), cancellationToken);
        Languages = await sender.Send(new ListLanguagesQuery(), cancellationToken);
        LanguageLevels = await sender.Send(new ListLanguageLevelsQuery(), cancellationToken);
    }
}
